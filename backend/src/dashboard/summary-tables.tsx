import { appName, clientActionName } from '../../../core/odoo/apps.ts';
import {
  flowName,
  type FlowSummary,
  type OrgSummary,
  type ScreenSummary,
} from '../summary/index.ts';
import { CountCells, CountHeaders, formatCount } from './count-cells.tsx';
import { NamedCell, TechnicalCell } from './name-cells.tsx';

/** Everything received so far: totals, then counts per flow and per screen. */
export function SummarySection({ summary }: { summary: OrgSummary }) {
  const { totals } = summary;
  return (
    <section>
      <h2>Everything received</h2>
      <p class="muted">Every screen row this organisation's browsers have sent, all weeks.</p>
      <ul class="totals">
        <li>
          Sessions <strong>{formatCount(totals.sessions)}</strong>
        </li>
        <li>
          Unique users <strong>{formatCount(totals.users)}</strong>
        </li>
        <li>
          Events <strong>{formatCount(totals.events)}</strong>
        </li>
      </ul>
      <FlowTable flows={summary.flows} />
      <ScreenTable screens={summary.screens} />
    </section>
  );
}

/** What a dashboard says before anything has arrived. */
export function EmptyState({ orgName }: { orgName: string }) {
  return (
    <section class="empty">
      <h2>Nothing received yet</h2>
      <p>
        No usage has arrived from {orgName} so far. Counts appear here a few minutes after people
        start working in Odoo with the Pathlight extension installed.
      </p>
      <p class="muted">
        If it stays empty, check that the client's IT has installed the extension by policy with
        this organisation's backend address and ingest token.
      </p>
    </section>
  );
}

function FlowTable({ flows }: { flows: FlowSummary[] }) {
  return (
    <section>
      <h3>Flows</h3>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">Flow</th>
              <CountHeaders />
            </tr>
          </thead>
          <tbody>
            {flows.map((flow) => (
              <tr key={flow.flow ?? ''}>
                <td data-label="Flow">{flow.name}</td>
                <CountCells counts={flow} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ScreenTable({ screens }: { screens: ScreenSummary[] }) {
  return (
    <section>
      <h3>Screens</h3>
      <div class="table-wrap">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">Flow</th>
              <th scope="col">App</th>
              <th scope="col">Model</th>
              <th scope="col">View</th>
              <th scope="col">State</th>
              <CountHeaders />
            </tr>
          </thead>
          <tbody>
            {screens.map((screen) => (
              <tr>
                <td data-label="Flow">{flowName(screen.flow)}</td>
                <NamedCell label="App" value={screen.app} name={appName} />
                <TechnicalCell label="Model" value={screen.model} />
                <NamedCell label="View" value={screen.viewType} name={clientActionName} />
                <TechnicalCell label="State" value={screen.state} />
                <CountCells counts={screen} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
