import { QUESTION_EXAMPLES, type Answer } from '../../../core/analysis/index.ts';
import { linkTo, type LinkParams } from './links.ts';

export interface QuestionBoxProps {
  /** Where the form goes: the dashboard itself. */
  action: string;
  token: string;
  /** The dashboard's other parameters, kept by the form and by the suggestions. */
  keep: LinkParams;
  question: string | undefined;
  answer: Answer | null;
}

/** A question in plain words, asked with a GET form, and its answer with the figures behind it. */
export function QuestionBox({ action, token, keep, question, answer }: QuestionBoxProps) {
  const suggestions = answer?.suggestions.length ? answer.suggestions : QUESTION_EXAMPLES;
  return (
    <section id="ask">
      <h2>Ask a question</h2>
      <form class="filters" method="get" action={`${action}#ask`}>
        <input type="hidden" name="token" value={token} />
        {Object.entries(keep).map(([name, value]) =>
          value === undefined || value === null || value === '' ? null : (
            <input type="hidden" name={name} value={String(value)} />
          ),
        )}
        <label class="grow">
          Question
          <input type="search" name="q" value={question ?? ''} placeholder={QUESTION_EXAMPLES[0]} />
        </label>
        <button type="submit">Ask</button>
      </form>
      {answer && <AnswerView answer={answer} />}
      <p class="muted">
        {answer?.answered === false ? 'Questions it can answer: ' : 'Try: '}
        {suggestions.map((suggestion, index) => (
          <>
            {index > 0 && ' · '}
            <a href={`${linkTo(action, token, { ...keep, q: suggestion })}#ask`}>{suggestion}</a>
          </>
        ))}
      </p>
    </section>
  );
}

function AnswerView({ answer }: { answer: Answer }) {
  const columns = [...new Set(answer.figures.flatMap((row) => Object.keys(row)))];
  const numeric = Object.fromEntries(
    columns.map((column) => [
      column,
      answer.figures.every((row) => row[column] === null || typeof row[column] === 'number'),
    ]),
  );
  return (
    <div class="answer" role="status">
      <p>{answer.answer}</p>
      {columns.length > 0 && (
        <div class="table-wrap">
          <table class="stack figures">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" class={numeric[column] ? 'num' : undefined}>
                    {columnWords(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.figures.map((row) => (
                <tr>
                  {columns.map((column) => (
                    <td
                      class={numeric[column] ? 'num' : undefined}
                      data-label={columnWords(column)}
                    >
                      {cell(row[column])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** `baselineErrorRate` → `baseline error rate`, `errorRatePct` → `error rate %`. */
function columnWords(key: string): string {
  return key
    .replace(/Pct$/, ' %')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
