import { newTaskState } from '../server/modules/work/work.state.js';
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (let i = 0; i < 20000; i++) newTaskState({ ownerId: 'a', assignerId: 'b', unitId: 'u', startDate: '2024-01-01', dueDate: '2024-02-01', assignedAt: new Date() });
  console.log('newTaskState', performance.now() - t);
}
