import '../home.css';
import { Flex } from 'antd';
import { HomeWidgets } from '../components/HomeWidgets';
import { ModuleCards } from '../components/ModuleCards';
import { WelcomeCard } from '../components/WelcomeCard';

export function HomePage() {
  return (
    <Flex vertical gap={24}>
      <WelcomeCard />
      <ModuleCards />
      <HomeWidgets />
    </Flex>
  );
}
