/**
 * The month page's link from another view: the same filters, without from/to (on the month page the month is the
 * date, and a kept from/to would read as a filter the page ignores).
 */
export function monthReviewLink(month: string, search: string): { pathname: string; search: string } {
  const params = new URLSearchParams(search);
  params.delete('from');
  params.delete('to');
  const rest = params.toString();
  return { pathname: `/month/${month}`, search: rest ? `?${rest}` : '' };
}
