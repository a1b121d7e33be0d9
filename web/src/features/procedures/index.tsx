import { ApartmentOutlined, PartitionOutlined, SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppModule } from '../../shared/modules';
import './procedures.css';
import { MATRIX_PATH, MY_RESPONSIBILITY_PATH, NEW_PROCEDURE_PATH, PROCEDURE_PATH, PROCEDURES_PATH, RUN_PATH, VERSION_EDIT_PATH } from './paths';
import { MATRIX_ROLES, WRITER_ROLES } from './roles';

const ProceduresPage = lazy(() => import('./pages/ProceduresPage').then((m) => ({ default: m.ProceduresPage })));
const ProcedurePage = lazy(() => import('./pages/ProcedurePage').then((m) => ({ default: m.ProcedurePage })));
const VersionEditorPage = lazy(() => import('./pages/VersionEditorPage').then((m) => ({ default: m.VersionEditorPage })));
const RunPage = lazy(() => import('./pages/RunPage').then((m) => ({ default: m.RunPage })));
const MyResponsibilityPage = lazy(() => import('./pages/MyResponsibilityPage').then((m) => ({ default: m.MyResponsibilityPage })));
const MatrixPage = lazy(() => import('./pages/MatrixPage').then((m) => ({ default: m.MatrixPage })));

/** Quy trình công việc (procedures, runs, hand-over slips, dwell times) and cá thể hóa trách nhiệm. */
export const proceduresModule: AppModule = {
  id: 'procedures',
  routes: [
    { path: PROCEDURES_PATH, page: ProceduresPage },
    { path: PROCEDURE_PATH, page: ProcedurePage },
    { path: NEW_PROCEDURE_PATH, page: VersionEditorPage, roles: WRITER_ROLES },
    { path: VERSION_EDIT_PATH, page: VersionEditorPage, roles: WRITER_ROLES },
    { path: RUN_PATH, page: RunPage },
    { path: MY_RESPONSIBILITY_PATH, page: MyResponsibilityPage },
    { path: MATRIX_PATH, page: MatrixPage, roles: MATRIX_ROLES },
  ],
  nav: [
    {
      path: MY_RESPONSIBILITY_PATH,
      labelKey: 'procedures.nav.mine',
      descriptionKey: 'procedures.nav.mineDescription',
      icon: <SolutionOutlined aria-hidden />,
      order: 24,
    },
    {
      path: PROCEDURES_PATH,
      labelKey: 'procedures.nav.list',
      descriptionKey: 'procedures.nav.listDescription',
      icon: <PartitionOutlined aria-hidden />,
      order: 25,
    },
    {
      path: MATRIX_PATH,
      labelKey: 'procedures.nav.matrix',
      descriptionKey: 'procedures.nav.matrixDescription',
      icon: <ApartmentOutlined aria-hidden />,
      order: 26,
      roles: MATRIX_ROLES,
    },
  ],
};
