import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SizeCategory } from '../supplier/size-category.js';
import { Connection } from '../../shared/pagination.js';
import { LocalDate } from '../../shared/scalars.js';
import { QuestionType } from './survey-logic.js';
import { CampaignStatus } from './survey.entities.js';

registerEnumType(CampaignStatus, {
  name: 'CampaignStatus',
  description: 'Where a survey campaign stands.',
  valuesConfig: {
    DRAFT: { description: 'Being designed; nobody is invited yet.' },
    OPEN: { description: 'Invitations sent; suppliers answer until the close date.' },
    CLOSED: { description: 'No more answers; results are final.' },
    ARCHIVED: { description: 'Kept for the record.' },
  },
});
registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: 'Kinds of survey questions.',
  valuesConfig: {
    SATISFACTION_5: { description: '1 (very dissatisfied) to 5 (very satisfied), or no opinion.' },
    RECOMMEND_10: { description: '0 to 10: how likely to recommend (NPS), or no opinion.' },
    SINGLE_CHOICE: { description: 'One of the options.' },
    MULTIPLE_CHOICE: { description: 'One or more of the options.' },
    YES_NO: { description: 'Yes or no.' },
    FREE_TEXT: { description: 'Free text (up to 2 000 characters).' },
  },
});

@ObjectType('SurveyOption', { description: 'A choice offered by a question.' })
export class OptionNode {
  @Field(() => String, { description: 'Stored value.' })
  value!: string;

  @Field(() => String, { description: 'French label.' })
  labelFr!: string;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;
}

@ObjectType('ShowIf', { description: 'A question shown only when an earlier answer is one of some values.' })
export class ShowIfNode {
  @Field(() => ID, { description: 'The earlier question.' })
  questionId!: string;

  @Field(() => [String], { description: 'Answers that show this question (for yes/no: "yes" or "no"; for scales: the number).' })
  anyOf!: string[];
}

@ObjectType('SurveyQuestion', { description: 'A question of a campaign, in order.' })
export class QuestionNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: 'Position, from 0.' })
  position!: number;

  @Field(() => QuestionType, { description: 'Kind of question.' })
  type!: QuestionType;

  @Field(() => String, { description: 'French wording.' })
  labelFr!: string;

  @Field(() => String, { description: 'English wording.' })
  labelEn!: string;

  @Field(() => Boolean, { description: 'Whether an answer is needed to submit.' })
  required!: boolean;

  @Field(() => [OptionNode], { description: 'Choices (choice questions only).' })
  options!: OptionNode[];

  @Field(() => ShowIfNode, { nullable: true, description: 'Condition on an earlier answer.' })
  showIf!: ShowIfNode | null;

  @Field(() => Boolean, { description: 'The headline satisfaction question (the satisfaction rate is computed on it).' })
  headline!: boolean;
}

@ObjectType('SurveyAudience', { description: 'Who a campaign invites: all suppliers, or those matching every criterion set.' })
export class AudienceNode {
  @Field(() => [SizeCategory], { nullable: true, description: 'Only these size categories.' })
  sizes!: SizeCategory[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only regional (true) or only other (false) suppliers.' })
  regional!: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Only these activity codes (NAF prefixes).' })
  nafPrefixes!: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only suppliers with an invoice paid in the campaign year.' })
  paidInYear!: boolean | null;
}

@ObjectType('SurveyInvitationStats', { description: 'How a campaign is going.' })
export class InvitationStatsNode {
  @Field(() => Int, { description: 'Suppliers invited.' })
  invited!: number;

  @Field(() => Int, { description: 'Suppliers who answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Suppliers reminded at least once.' })
  reminded!: number;
}

@ObjectType('SurveyCampaign', { description: 'A yearly satisfaction survey campaign.' })
export class CampaignNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'The year it covers.' })
  year!: number;

  @Field(() => CampaignStatus, { description: 'Draft, open, closed or archived.' })
  status!: CampaignStatus;

  @Field(() => LocalDate, { description: 'Planned opening day.' })
  opensOn!: string;

  @Field(() => LocalDate, { description: 'Last day to answer.' })
  closesOn!: string;

  @Field(() => Boolean, { description: 'Anonymous: no response can be traced back to a supplier.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'Introduction shown to suppliers (French).' })
  introFr!: string | null;

  @Field(() => String, { nullable: true, description: 'Introduction (English).' })
  introEn!: string | null;

  @Field(() => AudienceNode, { description: 'Who is invited.' })
  audience!: AudienceNode;

  @Field(() => Int, { description: 'Minimum days between two messages to a supplier.' })
  reminderGapDays!: number;

  @Field(() => Int, { description: 'Maximum reminders per supplier.' })
  maxReminders!: number;

  @Field(() => Boolean, { description: 'Whether reminders go out on schedule.' })
  autoRemind!: boolean;
}

@InputType('SurveyAudienceInput', { description: 'Who to invite.' })
export class AudienceInput {
  @Field(() => [SizeCategory], { nullable: true, description: 'Only these size categories.' })
  @IsOptional()
  sizes?: SizeCategory[];

  @Field(() => Boolean, { nullable: true, description: 'Only regional (true) or other (false) suppliers.' })
  @IsOptional()
  regional?: boolean;

  @Field(() => [String], { nullable: true, description: 'Only these NAF code prefixes.' })
  @IsOptional()
  @ArrayMaxSize(50)
  nafPrefixes?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Only suppliers paid in the campaign year.' })
  @IsOptional()
  paidInYear?: boolean;
}

@InputType('SurveyCampaignInput', { description: 'A campaign as the survey team designs it.' })
export class CampaignInputType {
  @Field(() => String, { description: 'Title.' })
  @Length(1, 200)
  title!: string;

  @Field(() => Int, { description: 'Year covered.' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => LocalDate, { description: 'Opening day.' })
  opensOn!: string;

  @Field(() => LocalDate, { description: 'Last day to answer.' })
  closesOn!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Anonymous (default) or identified.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'Introduction (French).' })
  @IsOptional()
  @Length(0, 4000)
  introFr?: string;

  @Field(() => String, { nullable: true, description: 'Introduction (English).' })
  @IsOptional()
  @Length(0, 4000)
  introEn?: string;

  @Field(() => AudienceInput, { defaultValue: {}, description: 'Who is invited.' })
  audience!: AudienceInput;

  @Field(() => Int, { defaultValue: 7, description: 'Minimum days between two messages.' })
  @Min(1)
  @Max(60)
  reminderGapDays!: number;

  @Field(() => Int, { defaultValue: 2, description: 'Maximum reminders.' })
  @Min(0)
  @Max(10)
  maxReminders!: number;

  @Field(() => Boolean, { defaultValue: true, description: 'Send reminders on schedule.' })
  autoRemind!: boolean;
}

@InputType('SurveyOptionInput', { description: 'A choice.' })
export class OptionInput {
  @Field(() => String, { description: 'Stored value (unique in the question).' })
  @Length(1, 60)
  value!: string;

  @Field(() => String, { description: 'French label.' })
  @Length(1, 300)
  labelFr!: string;

  @Field(() => String, { description: 'English label.' })
  @Length(1, 300)
  labelEn!: string;
}

@InputType('ShowIfInput', { description: 'Show the question only when an earlier answer is one of these.' })
export class ShowIfInput {
  @Field(() => String, { description: 'The `key` of an earlier question of the same list.' })
  questionKey!: string;

  @Field(() => [String], { description: 'Answers that show the question.' })
  anyOf!: string[];
}

@InputType('SurveyQuestionInput', { description: 'A question, as the editor sends the whole ordered list.' })
export class QuestionInputType {
  @Field(() => String, { description: "A key unique in the list (the question's id when it exists), for conditions." })
  @Length(1, 60)
  key!: string;

  @Field(() => QuestionType, { description: 'Kind of question.' })
  type!: QuestionType;

  @Field(() => String, { description: 'French wording.' })
  @Length(1, 1000)
  labelFr!: string;

  @Field(() => String, { description: 'English wording.' })
  @Length(1, 1000)
  labelEn!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Answer needed to submit.' })
  required!: boolean;

  @Field(() => [OptionInput], { defaultValue: [], description: 'Choices (choice questions).' })
  @ArrayMaxSize(30)
  options!: OptionInput[];

  @Field(() => ShowIfInput, { nullable: true, description: 'Condition on an earlier answer.' })
  @IsOptional()
  showIf?: ShowIfInput;

  @Field(() => Boolean, { defaultValue: false, description: 'The headline satisfaction question (exactly one, 1–5 scale).' })
  headline!: boolean;
}

@InputType('SurveyAnswerInput', { description: 'One answer: set the one field that fits the question type.' })
export class AnswerInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'Scales: 1–5 or 0–10.' })
  @IsOptional()
  number?: number;

  @Field(() => Boolean, { nullable: true, description: 'Scales: "no opinion".' })
  @IsOptional()
  noOpinion?: boolean;

  @Field(() => String, { nullable: true, description: 'Single choice: the option value.' })
  @IsOptional()
  @Length(0, 60)
  choice?: string;

  @Field(() => [String], { nullable: true, description: 'Multiple choice: the option values.' })
  @IsOptional()
  @ArrayMaxSize(30)
  choices?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Yes/no.' })
  @IsOptional()
  yes?: boolean;

  @Field(() => String, { nullable: true, description: 'Free text (up to 2 000 characters).' })
  @IsOptional()
  @Length(0, 2000)
  text?: string;
}

@ObjectType('SurveyAnswer', { description: 'An answer saved in a draft.' })
export class AnswerNode {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'Scales.' })
  number!: number | null;

  @Field(() => Boolean, { description: 'Scales: no opinion.' })
  noOpinion!: boolean;

  @Field(() => String, { nullable: true, description: 'Single choice.' })
  choice!: string | null;

  @Field(() => [String], { nullable: true, description: 'Multiple choice.' })
  choices!: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Yes/no.' })
  yes!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Free text.' })
  text!: string | null;
}

@ObjectType('SurveyAnswerProblem', { description: 'Why an answer was not kept.' })
export class AnswerProblemNode {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => String, { description: 'Why (French).' })
  problem!: string;
}

@ObjectType('SurveyProgress', { description: 'Answered questions over the questions shown.' })
export class ProgressNode {
  @Field(() => Int, { description: 'Answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Shown (conditional questions count once shown).' })
  shown!: number;
}

@ObjectType('SurveyForm', { description: "A campaign as a supplier answers it, with the supplier's saved draft." })
export class SurveyFormNode {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Boolean, { description: 'Anonymous: told before starting.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'Introduction (French).' })
  introFr!: string | null;

  @Field(() => String, { nullable: true, description: 'Introduction (English).' })
  introEn!: string | null;

  @Field(() => LocalDate, { description: 'Last day to answer.' })
  closesOn!: string;

  @Field(() => String, { description: "The supplier's name (who answers)." })
  supplierName!: string;

  @Field(() => Boolean, { description: 'Already answered by this supplier: read-only.' })
  answered!: boolean;

  @Field(() => [QuestionNode], { description: 'The questions, in order.' })
  questions!: QuestionNode[];

  @Field(() => [AnswerNode], { description: 'The draft answers (or, for an identified campaign once answered, the response).' })
  answers!: AnswerNode[];

  @Field(() => ProgressNode, { description: 'Progress.' })
  progress!: ProgressNode;
}

@ObjectType('SurveyDraftResult', { description: 'What saving a draft kept.' })
export class DraftResultNode {
  @Field(() => [AnswerProblemNode], { description: 'Answers not kept, and why.' })
  problems!: AnswerProblemNode[];

  @Field(() => ProgressNode, { description: 'Progress.' })
  progress!: ProgressNode;
}

@ObjectType('MySurvey', { description: "A campaign the viewer's supplier is invited to." })
export class MySurveyNode {
  @Field(() => ID, { description: 'The campaign.' })
  campaignId!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Boolean, { description: 'Anonymous.' })
  anonymous!: boolean;

  @Field(() => LocalDate, { description: 'Last day to answer.' })
  closesOn!: string;

  @Field(() => CampaignStatus, { description: 'Campaign status.' })
  status!: CampaignStatus;

  @Field(() => Boolean, { description: 'Answered by the supplier.' })
  answered!: boolean;

  @Field(() => Boolean, { description: 'A draft is saved.' })
  hasDraft!: boolean;
}

@ObjectType('SatisfactionResult', { description: 'Share of 4 and 5 on the headline question, "no opinion" excluded.' })
export class SatisfactionNode {
  @Field(() => Int, { description: 'Answers counted.' })
  n!: number;

  @Field(() => Int, { description: 'Satisfied or very satisfied.' })
  satisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Rate from 0 to 1.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: '95 % margin of error, in points (Wilson, finite-population corrected).' })
  marginPoints!: number | null;
}

@ObjectType('NpsResult', { description: 'Net Promoter Score.' })
export class NpsNode {
  @Field(() => Int, { description: 'Answers counted.' })
  n!: number;

  @Field(() => Int, { description: '9–10.' })
  promoters!: number;

  @Field(() => Int, { description: '7–8.' })
  passives!: number;

  @Field(() => Int, { description: '0–6.' })
  detractors!: number;

  @Field(() => Int, { nullable: true, description: '% promoters − % detractors.' })
  score!: number | null;
}

@ObjectType('DistributionEntry', { description: 'How many chose a value.' })
export class DistributionNode {
  @Field(() => String, { description: 'Value ("NA" is no opinion).' })
  value!: string;

  @Field(() => String, { description: 'French label.' })
  labelFr!: string;

  @Field(() => String, { description: 'English label.' })
  labelEn!: string;

  @Field(() => Int, { description: 'Count.' })
  count!: number;
}

@ObjectType('QuestionResult', { description: "One question's answers, aggregated." })
export class QuestionResultNode {
  @Field(() => QuestionNode, { description: 'The question.' })
  question!: QuestionNode;

  @Field(() => Int, { description: 'Responses answering it.' })
  answered!: number;

  @Field(() => [DistributionNode], { description: 'Counts per value.' })
  distribution!: DistributionNode[];

  @Field(() => [String], { description: 'Free-text answers (only with 5 answers or more), sorted.' })
  texts!: string[];

  @Field(() => Boolean, { description: 'Free text withheld: fewer than 5 answers.' })
  textsSuppressed!: boolean;
}

@ObjectType('BreakdownCell', { description: 'One group of a breakdown; suppressed under 5 responses.' })
export class CellNode {
  @Field(() => String, { description: 'Group: a size category, "true"/"false" for regional, or UNKNOWN.' })
  group!: string;

  @Field(() => Boolean, { description: 'Not enough answers to show.' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Responses (null when suppressed).' })
  responses!: number | null;

  @Field(() => Float, { nullable: true, description: 'Satisfaction rate (null when suppressed).' })
  satisfactionRate!: number | null;
}

@ObjectType('Breakdown', { description: 'Satisfaction by size or by regional or not.' })
export class BreakdownNode {
  @Field(() => String, { description: 'SIZE or REGIONAL.' })
  dimension!: string;

  @Field(() => [CellNode], { description: 'Cells.' })
  cells!: CellNode[];
}

@ObjectType('PreviousCampaign', { description: "Last year's campaign, for comparison." })
export class PreviousNode {
  @Field(() => ID, { description: 'Campaign.' })
  campaignId!: string;

  @Field(() => Int, { description: 'Year.' })
  year!: number;

  @Field(() => Int, { description: 'Responses.' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Response rate.' })
  responseRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Satisfaction rate.' })
  satisfactionRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'NPS.' })
  nps!: number | null;
}

@ObjectType('SurveyResults', { description: 'Aggregated results of a campaign: nothing names a supplier.' })
export class ResultsNode {
  @Field(() => CampaignNode, { description: 'The campaign.' })
  campaign!: CampaignNode;

  @Field(() => Int, { description: 'Suppliers invited.' })
  invited!: number;

  @Field(() => Int, { description: 'Responses.' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Responses / invited.' })
  responseRate!: number | null;

  @Field(() => Boolean, { description: 'Anonymous with fewer than 5 responses: counts only.' })
  countsOnly!: boolean;

  @Field(() => SatisfactionNode, { nullable: true, description: 'Satisfaction rate.' })
  satisfaction!: SatisfactionNode | null;

  @Field(() => NpsNode, { nullable: true, description: 'NPS (when a 0–10 question exists).' })
  nps!: NpsNode | null;

  @Field(() => [QuestionResultNode], { description: 'Every question.' })
  questions!: QuestionResultNode[];

  @Field(() => [BreakdownNode], { description: 'By size category and by regional or not.' })
  breakdowns!: BreakdownNode[];

  @Field(() => PreviousNode, { nullable: true, description: "Last year's campaign." })
  previous!: PreviousNode | null;
}

export const CampaignConnection = Connection(CampaignNode, 'Campaign');
