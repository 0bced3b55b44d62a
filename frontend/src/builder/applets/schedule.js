// Business hours as text ("mon-fri 09:00-17:00; sat 10:00-14:00") and as rows the schedule editor shows.

export const DAYS = [ 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun' ];

export function parseSchedule(text) {
  return (text || '').split(';').map(part => part.trim()).filter(Boolean).map(part => {
    const match = /^([a-z]{3})(?:-([a-z]{3}))? (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
    if (!match) {
      return null;
    }
    return { from: match[1], to: match[2] || match[1], open: match[3], close: match[4] };
  }).filter(Boolean);
}

export function formatSchedule(rows) {
  return rows.map(row => (row.from === row.to ? row.from : row.from + '-' + row.to) + ' ' + row.open + '-' + row.close)
    .join('; ');
}

/** Problems with one row, or null. */
export function checkRow(row) {
  if (!DAYS.includes(row.from) || !DAYS.includes(row.to)) {
    return 'Pick the days';
  }
  if (DAYS.indexOf(row.from) > DAYS.indexOf(row.to)) {
    return 'The first day must come before the last day';
  }
  if (!/^\d{2}:\d{2}$/.test(row.open) || !/^\d{2}:\d{2}$/.test(row.close)) {
    return 'Times like 09:00';
  }
  if (row.open >= row.close) {
    return 'Closing must come after opening';
  }
  return null;
}
