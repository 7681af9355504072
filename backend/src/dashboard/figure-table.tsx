/** A step's figures as rows of name, this week and the previous weeks' mean. */
export function FigureTable({ rows }: { rows: readonly (readonly [string, string, string])[] }) {
  return (
    <div class="table-wrap">
      <table class="figures">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" class="num">
              This week
            </th>
            <th scope="col" class="num">
              Previous weeks
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, now, before]) => (
            <tr>
              <td>{name}</td>
              <td class="num">{now}</td>
              <td class="num">{before}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
