// Dutch formatting of what Python returns: dates as "1 maart 2019", money as "€ 2.370".

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
  "september", "oktober", "november", "december"];

export function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso));
  if (!match) return String(iso);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

function groupThousands(n) {
  const sign = n < 0 ? "-" : "";
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A result value of `kind` (data-kind in the markup) as the reader reads it. */
export function formatValue(kind, value, words) {
  if (value === null || value === undefined) return "Niet van toepassing";
  switch (kind) {
    case "date":
      return formatDate(value);
    case "money":
      return `€\u00a0${groupThousands(value)}`;
    case "bool":
      return value ? "Ja" : "Nee";
    case "days":
      if (value < 0) return `${groupThousands(-value)} dagen geleden verstreken`;
      return value === 1 ? "1 dag" : `${groupThousands(value)} dagen`;
    case "count":
      return groupThousands(value);
    case "year":
      return String(value);
    case "years":
      return value === 1 ? "1 jaar" : `${value} jaar`;
    case "words":
      return (words && words[value]) || String(value).replaceAll("_", " ");
    default:
      if (typeof value === "boolean") return value ? "Ja" : "Nee";
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
      return typeof value === "object" ? JSON.stringify(value) : String(value);
  }
}

/** "€ 18.960" never breaks between the sign and the amount. */
export function keepAmountsTogether(text) {
  return String(text).replace(/€ (?=\d)/g, "€\u00a0");
}

/** Today in the reader's time zone, as ISO (2016-03-01). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
