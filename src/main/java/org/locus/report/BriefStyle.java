package org.locus.report;

/**
 * The brief's page style: A4, the embedded DejaVu Sans, a footer naming the region and the page on every page, and
 * each part from a new page. Only CSS 2.1 and paged media, which is what openhtmltopdf lays out.
 */
final class BriefStyle {

    private BriefStyle() {
    }

    static final String CSS = """
            @page { size: A4; margin: 18mm 17mm 20mm 17mm;
              @bottom-left { content: 'Locus brief · {region}'; font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; }
              @bottom-right { content: 'page ' counter(page) ' of ' counter(pages); font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; } }
            body { font-family: 'DejaVu Sans'; font-size: 9.5pt; line-height: 1.35; color: #1b1b1b; }
            h1 { font-size: 20pt; margin: 0 0 4pt 0; color: #123c63; }
            h2 { font-size: 13pt; margin: 12pt 0 5pt 0; color: #123c63; }
            h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; }
            p { margin: 0 0 5pt 0; }
            ul, ol { margin: 0 0 5pt 0; padding-left: 14pt; }
            li { margin: 0 0 2pt 0; }
            .kicker { text-transform: uppercase; letter-spacing: 1pt; font-size: 8pt; color: #666; margin: 0; }
            .meta { font-size: 8.5pt; color: #555; }
            .about { font-style: italic; }
            .first h2 { border-bottom: 1pt solid #c9d6e3; padding-bottom: 2pt; }
            .actor { color: #3a5a78; margin-top: 6pt; }
            .top { margin: 0 0 6pt 0; padding: 3pt 0 3pt 8pt; border-left: 3pt solid #1f5f99; page-break-inside: avoid; }
            .top-title { font-weight: bold; font-size: 10.5pt; margin-bottom: 2pt; }
            .reason { margin-bottom: 2pt; }
            .firm { font-size: 8.5pt; margin-bottom: 1pt; }
            .rank { display: inline-block; min-width: 12pt; padding: 0 3pt; background: #123c63; color: #fff;
              text-align: center; border-radius: 2pt; font-weight: bold; }
            .part { page-break-before: always; }
            .next { margin-top: 14pt; padding-top: 8pt; border-top: 1pt solid #c9d6e3; }
            .group { text-transform: uppercase; letter-spacing: 0.6pt; font-size: 8pt; color: #666; margin: 0 0 2pt 0; }
            .bar-block { margin: 0 0 10pt 0; page-break-inside: avoid; }
            .bar-title { font-weight: bold; margin-bottom: 3pt; }
            .score { font-weight: normal; color: #555; }
            table.bar { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 3pt; }
            table.bar td { height: 14pt; color: #fff; font-size: 8pt; font-weight: bold; text-align: center; padding: 0; }
            table.bar td.rest { background: #eef2f6; }
            .legend { list-style: none; padding-left: 0; font-size: 8.5pt; }
            .swatch { display: inline-block; width: 9pt; }
            .against { color: #a33; }
            .note { font-size: 8.5pt; color: #555; }
            .trace { margin: 6pt 0; padding: 4pt 6pt; background: #f5f7f9; font-size: 8.5pt; }
            .trace-head { font-weight: bold; }
            .trace ul { padding-left: 11pt; }
            .doubt { color: #8a5a00; }
            .finding { margin: 0 0 7pt 0; page-break-inside: avoid; }
            .finding-title { font-weight: bold; margin-bottom: 1pt; }
            .provisional { font-weight: normal; color: #8a5a00; }
            .step { font-weight: bold; margin: 6pt 0 2pt 0; }
            dt { font-weight: bold; margin-top: 5pt; }
            dd { margin: 0 0 0 12pt; }
            """;
}
