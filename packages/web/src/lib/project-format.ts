/**
 * A budget in its currency for the interface language; the plain number when the currency is
 * missing or unknown to the browser.
 *
 * @example
 * formatBudget(1200000, 'USD', 'en') // '$1,200,000'
 */
export function formatBudget(amount: number, currency: string | null, language: string): string {
  if (currency) {
    try {
      return new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(amount);
    } catch {
      // An unknown code: fall through to the plain number with the code after it.
    }
  }
  const plain = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(amount);
  return currency ? `${plain} ${currency}` : plain;
}

/**
 * The part of a budget a share stands for, or undefined without a budget.
 *
 * @example
 * shareOf(1200000, 40) // 480000
 */
export function shareOf(budget: number | null, percent: number): number | undefined {
  return budget === null ? undefined : Math.round((budget * percent) / 100);
}
