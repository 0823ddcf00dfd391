// Runs inside the page (page.evaluate): no imports, nothing from outside the function.
/** What measureCharts finds in one visible chart SVG. */
export interface ChartReport {
  chart: string;
  smallestText: number;
  outside: string[];
  overlaps: string[];
  lowContrastMarks: string[];
  lowContrastText: string[];
}

/**
 * Measures, in the page, every visible chart SVG: text size, clipping, overlaps,
 * and contrast. Text is measured against what is really behind it (a bar, or the
 * page), so white labels on a pale bar fail; every mark that is not hidden from
 * assistive technology as decoration must stand out 3:1 from the page.
 */
export function measureCharts(): ChartReport[] {
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const contrast = (a: number[], b: number[]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  const page = parse(getComputedStyle(document.body).backgroundColor);
  const blend = (color: number[], opacity: number, under = page) => color.slice(0, 3).map((c, i) => c * opacity + under[i]! * (1 - opacity));
  const decorative = (element: Element) => !!element.closest("[aria-hidden='true']");
  const paintOf = (element: Element): number[] | undefined => {
    const style = getComputedStyle(element);
    if (style.fill === "none" || style.fill.startsWith("url") || style.visibility === "hidden") return undefined;
    return blend(parse(style.fill), Number(style.fillOpacity) * Number(style.opacity));
  };
  return [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.chart-svg")]
    .filter((svg) => svg.getBoundingClientRect().width > 0)
    .map((svg) => {
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].filter((t) => t.textContent?.trim());
      const rects = texts.map((t) => ({label: t.textContent!.trim().slice(0, 40), r: t.getBoundingClientRect()}));
      const overlaps: string[] = [];
      rects.forEach((a, i) => rects.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) overlaps.push(`${a.label} / ${b.label}`);
      }));
      const shapes = [...svg.querySelectorAll<SVGGeometryElement>("rect, path, circle, ellipse, polygon")];
      const marks = [...svg.querySelectorAll<SVGElement>("rect, path, line, circle, polyline, polygon")].filter((m) => !decorative(m) && !m.closest("text"));
      const lowContrastMarks = marks.flatMap((m) => {
        const style = getComputedStyle(m);
        const filled = style.fill !== "none" && !style.fill.startsWith("url");
        const paint = filled ? style.fill : style.stroke;
        if (paint === "none" || paint.startsWith("url")) return [];
        const ratio = contrast(blend(parse(paint), filled ? Number(style.fillOpacity) * Number(style.opacity) : Number(style.strokeOpacity) * Number(style.opacity)), page);
        return ratio < 3 ? [`${m.tagName} ${paint}: ${ratio.toFixed(2)}`] : [];
      });
      const lowContrastText = texts.flatMap((t) => {
        const r = t.getBoundingClientRect();
        // The last shape painted before the text that covers its middle is its background (hit-testing
        // with elementsFromPoint would miss everything outside the viewport).
        const middle = new DOMPoint(r.left + r.width / 2, r.top + r.height / 2);
        const under = shapes.filter((shape) => shape.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING && paintOf(shape) && shape.isPointInFill(middle.matrixTransform(shape.getScreenCTM()!.inverse()))).at(-1);
        const background = under ? paintOf(under)! : page;
        const ratio = contrast(parse(getComputedStyle(t).fill), background);
        return ratio < 4.5 ? [`${t.textContent!.slice(0, 30)}: ${ratio.toFixed(2)}`] : [];
      });
      return {
        chart: `${svg.closest("figure")!.getAttribute("data-chart")} (${svg.getAttribute("aria-label")})`,
        smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
        outside: rects.filter(({r}) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1).map((t) => t.label),
        overlaps,
        lowContrastMarks: [...new Set(lowContrastMarks)],
        lowContrastText: [...new Set(lowContrastText)],
      };
    });
}
