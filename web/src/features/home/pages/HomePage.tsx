import '../home.css';
import { Flex } from 'antd';
import { HomeWidgets } from '../components/HomeWidgets';
import { ModuleCards } from '../components/ModuleCards';
import { WelcomeCard } from '../components/WelcomeCard';

/** The person's own work first ("Việc cần làm" and the other widgets), the way to every module after. */
export function HomePage() {
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      <HomeWidgets />
      <ModuleCards />
    </Flex>
  );
}
