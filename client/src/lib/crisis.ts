/** A crisis line or service as the API sends it (API.md `crisis:resources`, `POST /api/safety/check`). */
export interface CrisisResource {
  name: string;
  phone?: string;
  sms?: string;
  smsBody?: string;
  url?: string;
}
