import { pct } from '../../../core/analysis/format.ts';
import type { StepHintOutcomes } from '../hint-outcomes/index.ts';
import { formatCount } from './count-cells.tsx';

const COLUMNS = [
  ['shown', 'Shown'],
  ['followed', 'Followed'],
  ['got_it', 'Got it'],
  ['not_helpful', 'Not helpful'],
  ['dismissed', 'Dismissed'],
] as const;

/** What became of the hints at each step: a hint followed is one that got someone unstuck. */
export function HintOutcomeTable({ steps }: { steps: readonly StepHintOutcomes[] }) {
  if (steps.length === 0) {
    return <p class="muted">No hint was shown at these steps this week.</p>;
  }
  return (
    <div class="table-wrap">
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">Step</th>
            {COLUMNS.map(([, label]) => (
              <th scope="col" class="num">
                {label}
              </th>
            ))}
            <th scope="col" class="num">
              Followed %
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr>
              <td class="name" data-label="Step">
                {step.stepName}
                <span class="sub">{step.pathName}</span>
              </td>
              {COLUMNS.map(([outcome, label]) => (
                <td class="num" data-label={label}>
                  {formatCount(step.outcomes[outcome])}
                </td>
              ))}
              <td class="num" data-label="Followed %">
                {step.followedPct === null ? '–' : pct(step.followedPct)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
