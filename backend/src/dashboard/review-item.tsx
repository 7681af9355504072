import { count } from '../../../core/analysis/format.ts';
import { addDays, weeksBefore, weekRange, type ReviewItem } from '../../../core/analysis/index.ts';
import {
  itemCauseLine,
  itemErrors,
  itemFigureRows,
  itemHeading,
} from '../../../core/analysis/review-text.ts';
import { clusterId } from '../clusters/index.ts';
import { CauseBadge } from './badges.tsx';
import { FigureTable } from './figure-table.tsx';
import { linkTo, orgPath } from './links.ts';
import { PseudonymList } from './pseudonym-list.tsx';

export interface ReviewItemProps {
  item: ReviewItem;
  week: string;
  orgId: string;
  token: string;
}

/**
 * One of the week's top problems as the partner brings it to the call: the likely cause and
 * its evidence, who it hits, the figures against the previous weeks, and the intervention
 * proposed, ready to paste.
 */
export function ReviewItemSection({ item, week, orgId, token }: ReviewItemProps) {
  const errors = itemErrors(item);
  const clusterLink = (cohort: string) =>
    linkTo(orgPath(orgId, 'clusters', clusterId({ ...item, cohort })), token, { week });
  const { from } = weekRange(weeksBefore(week, 4)[0]!);
  const range = weekRange(week);
  const compare = linkTo(orgPath(orgId, 'compare'), token, {
    path: item.path,
    step: item.step,
    before: `${from}..${addDays(range.from, -1)}`,
    after: `${range.from}..${range.to}`,
  });

  return (
    <section class="item" id={`problem-${item.rank}`}>
      <h3>{itemHeading(item)}</h3>
      <p>
        <CauseBadge cause={item.cause} /> {itemCauseLine(item)}
      </p>
      <p>
        Cohorts:{' '}
        {item.cohorts.map((cohort, index) => (
          <>
            {index > 0 && ', '}
            <a href={clusterLink(cohort)}>{item.cohortLabels[index]}</a>
          </>
        ))}
      </p>
      <p>
        {count(item.pseudonyms.length, 'user')} with friction here:{' '}
        <PseudonymList pseudonyms={item.pseudonyms} />
      </p>
      <div class="two-columns">
        <FigureTable rows={itemFigureRows(item)} />
        <div>
          {errors.length > 0 && (
            <>
              <h4>Top errors</h4>
              <ul>
                {errors.map((error) => (
                  <li>{error}</li>
                ))}
              </ul>
            </>
          )}
          <h4>Evidence</h4>
          <ul>
            {item.evidence.map((evidence) => (
              <li>
                {evidence.cause === item.cause ? '' : '(also) '}
                {evidence.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <h4>Proposed intervention ({item.intervention.kind.replace('_', ' ')})</h4>
      <p>
        <strong>{item.intervention.title}</strong>
      </p>
      <pre>{item.intervention.text}</pre>
      <p>
        <a href={compare}>Compare this step before and after</a>
      </p>
    </section>
  );
}
