/**
 * Table cells for the technical names a screen row carries. A partner reads "Inventory", not
 * `stock.menu_stock_root`; the technical name stays in the tooltip for whoever needs to search
 * Odoo for it. `label` heads the cell when narrow screens stack a row into a card.
 */

interface CellProps {
  /** The column's heading. */
  label: string;
  /** The technical name, or null when the extension could not read it. */
  value: string | null;
}

/** The name people know for `value` when `name` has one, otherwise the technical name itself. */
export function NamedCell({
  label,
  value,
  name,
}: CellProps & { name: (value: string) => string | null }) {
  const known = value === null ? null : name(value);
  if (value === null || known === null) return <TechnicalCell label={label} value={value} />;

  return (
    <td data-label={label}>
      <span class="named" title={value}>
        {known}
      </span>
    </td>
  );
}

/** A technical Odoo name, or a muted dash when the extension could not read it. */
export function TechnicalCell({ label, value }: CellProps) {
  return (
    <td data-label={label}>
      {value === null ? (
        <span class="none" title="not known">
          —
        </span>
      ) : (
        <code>{value}</code>
      )}
    </td>
  );
}
