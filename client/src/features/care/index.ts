export { CareInboxPage } from './components/CareInboxPage';
export { CareLineStatus } from './components/CareLineStatus';
export { StaffLineHeader } from './components/StaffLineHeader';
export { getCareLine, myCareLine, openCareLineFor } from './api';
export { OpenCareLineAction } from './components/OpenCareLineAction';
export { ConcernsNavLink, ConcernsPage } from './components/ConcernsPage';
