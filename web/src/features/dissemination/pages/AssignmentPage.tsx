import { Alert, App, Button, Card, Checkbox, Flex, Form, Input, Radio, Result, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Assignment, QuizResult } from '../../../shared/contracts/dissemination';
import { formatDate, formatDateTime } from '../../../shared/format';
import { localize } from '../../../shared/i18n';
import { PageHeader, QueryErrorAlert } from '../../../shared/ui';
import { useCurrentUser } from '../../auth';
import { useAssignment, useAssignmentCommand, useAssignmentEvents } from '../api';
import { DocumentList } from '../components/DocumentList';

/** One campaign as the person sees it: read, acknowledge, sign the commitment, answer the check. */
export function AssignmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assignment = useAssignment(id);
  const command = useAssignmentCommand(id);
  const isUnopened = assignment.data && !assignment.data.openedAt && assignment.data.campaign.status === 'launched';
  const { mutate } = command;
  // Viewing the documents is what "opened and read" records.
  useEffect(() => {
    if (isUnopened) mutate({ command: 'open' });
  }, [isUnopened, mutate]);

  if (assignment.isPending) return <Skeleton active />;
  if (assignment.isError) return <QueryErrorAlert error={assignment.error} onRetry={() => void assignment.refetch()} />;
  const a = assignment.data;
  return (
    <>
      <PageHeader
        title={a.campaign.title}
        description={
          <Flex gap={8} wrap align="center">
            <Tag color={a.stage === 'done' ? 'green' : 'blue'}>{t(`dissemination.stage.${a.stage}`)}</Tag>
            {a.isOverdue && <Tag color="red">{t('dissemination.overdue')}</Tag>}
            <span>{a.dueDate ? `${t('dissemination.dueDate')}: ${formatDate(a.dueDate)}` : t('dissemination.noDeadline')}</span>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        {a.wasAskedAgain && !a.acknowledgedAt && <Alert type="warning" showIcon title={t('dissemination.askedAgain')} />}
        {a.campaign.status !== 'launched' && <Alert type="info" showIcon title={t('dissemination.assignment.closed')} />}
        <Card title={t('dissemination.assignment.documentsTitle')}>
          {a.campaign.description && <Typography.Paragraph>{a.campaign.description}</Typography.Paragraph>}
          <Typography.Paragraph type="secondary">{t('dissemination.assignment.readHint')}</Typography.Paragraph>
          <DocumentList documents={a.documents} />
          <AcknowledgeForm assignment={a} run={() => command.mutateAsync({ command: 'acknowledge' })} />
        </Card>
        {a.campaign.requiresCommitment && <CommitmentCard assignment={a} run={(typedName) => command.mutateAsync({ command: 'commit', typedName })} />}
        {a.quiz && <QuizCard assignment={a} run={(answers) => command.mutateAsync({ command: 'quiz', answers }) as Promise<QuizResult>} />}
        <HistoryCard id={id} />
      </Flex>
    </>
  );
}

function useRunner() {
  const { message } = App.useApp();
  const [isRunning, setRunning] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setRunning(true);
    try {
      await work();
    } catch (error) {
      void message.error(error instanceof ApiError ? localize(error.text) : String(error));
    } finally {
      setRunning(false);
    }
  };
  return { isRunning, run };
}

function AcknowledgeForm({ assignment, run }: { assignment: Assignment; run: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [isChecked, setChecked] = useState(false);
  const runner = useRunner();
  if (assignment.acknowledgedAt)
    return <Alert type="success" showIcon title={t('dissemination.assignment.acknowledged', { time: formatDateTime(assignment.acknowledgedAt) })} />;
  if (!assignment.abilities.includes('acknowledge')) return null;
  return (
    <Flex vertical gap={8} className="form-alert">
      <Checkbox checked={isChecked} onChange={(event) => setChecked(event.target.checked)}>
        {t('dissemination.assignment.confirmRead')}
      </Checkbox>
      <Button type="primary" disabled={!isChecked || !assignment.openedAt} loading={runner.isRunning} onClick={() => void runner.run(run)}>
        {t('dissemination.assignment.acknowledge')}
      </Button>
    </Flex>
  );
}

function CommitmentCard({ assignment, run }: { assignment: Assignment; run: (typedName: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<{ typedName: string; confirm: boolean }>();
  const runner = useRunner();
  return (
    <Card title={t('dissemination.assignment.commitTitle')}>
      {assignment.committedAt ? (
        <Alert type="success" showIcon title={t('dissemination.assignment.committed', { time: formatDateTime(assignment.committedAt) })} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          disabled={!assignment.abilities.includes('commit')}
          onFinish={(values) => void runner.run(() => run(values.typedName))}
        >
          <Typography.Paragraph type="secondary">{t('dissemination.assignment.commitHint', { name: user.displayName })}</Typography.Paragraph>
          <Form.Item name="typedName" label={t('dissemination.assignment.typedName')} rules={[{ required: true, whitespace: true }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="confirm"
            valuePropName="checked"
            rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('dissemination.assignment.confirmCommit')))) }]}
          >
            <Checkbox>{t('dissemination.assignment.confirmCommit')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={runner.isRunning}>
            {t('dissemination.assignment.commit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}

function QuizCard({ assignment, run }: { assignment: Assignment; run: (answers: number[]) => Promise<QuizResult> }) {
  const { t } = useTranslation();
  const quiz = assignment.quiz!;
  const [answers, setAnswers] = useState<(number | undefined)[]>([]);
  const [result, setResult] = useState<QuizResult | null>(null);
  const runner = useRunner();
  const isComplete = quiz.questions.every((_, index) => answers[index] !== undefined);
  return (
    <Card title={t('dissemination.assignment.quizTitle')} extra={quiz.hasPassed && <Tag color="green">{t('dissemination.assignment.passed')}</Tag>}>
      <Typography.Paragraph type="secondary">{t('dissemination.assignment.quizHint', { percent: quiz.passPercent })}</Typography.Paragraph>
      {quiz.bestScore !== null && (
        <Typography.Paragraph>{t('dissemination.assignment.bestScore', { score: quiz.bestScore, attempts: quiz.attempts })}</Typography.Paragraph>
      )}
      {!quiz.hasPassed && (
        <Flex vertical gap={12}>
          {quiz.questions.map((question, index) => (
            <fieldset key={index} className="quiz-question">
              <legend>
                {index + 1}. {question.text}
              </legend>
              <Radio.Group value={answers[index]} onChange={(event) => setAnswers((all) => Object.assign([...all], { [index]: event.target.value }))}>
                <Flex vertical gap={4}>
                  {question.options.map((option, optionIndex) => (
                    <Radio key={optionIndex} value={optionIndex}>
                      {option}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </fieldset>
          ))}
          <Button
            type="primary"
            disabled={!isComplete || !assignment.abilities.includes('answerQuiz')}
            loading={runner.isRunning}
            onClick={() => void runner.run(async () => setResult(await run(answers as number[])))}
          >
            {t('dissemination.assignment.submitQuiz')}
          </Button>
        </Flex>
      )}
      {result && (
        <Result
          status={result.passed ? 'success' : 'warning'}
          title={t('dissemination.assignment.quizResult', { score: result.score, correct: result.correct, total: result.total })}
          subTitle={result.passed ? t('dissemination.assignment.passed') : t('dissemination.assignment.notPassed')}
        />
      )}
    </Card>
  );
}

function HistoryCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const events = useAssignmentEvents(id);
  return (
    <Card title={t('dissemination.assignment.history')} size="small">
      {events.data && (
        <Timeline
          items={events.data.items.map((event, index) => ({
            key: index,
            content: (
              <span>
                {formatDateTime(event.occurredAt)} — {t(`dissemination.assignment.event.${event.kind}`)} (
                {t('dissemination.detail.round', { round: event.round })}){typeof event.detail.score === 'number' && `: ${event.detail.score}%`}
              </span>
            ),
          }))}
        />
      )}
    </Card>
  );
}
