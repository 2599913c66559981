package io.github.sfnunit.report;

/** The pieces every HTML page shares: escaping, the style sheet, the frame. No script, nothing fetched. */
final class Html {

    static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:24px;\
            color:#202124;font-size:14px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
            table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #dadce0;padding:4px 10px;\
            text-align:left;vertical-align:top}th{background:#f1f3f4}td.n{text-align:right;font-variant-numeric:\
            tabular-nums}
            .bar{display:inline-block;width:90px;height:10px;background:#f4c7c3;margin-right:6px;\
            vertical-align:middle}.bar i{display:block;height:10px;background:#34a853}
            .graph-box{overflow:auto;border:1px solid #dadce0;margin:8px 0;background:#fff}
            svg.graph text{fill:#202124}svg.graph text.name{font-weight:bold}
            svg.graph g.state.on rect{fill:#e6f4ea;stroke:#137333;stroke-width:1.5}
            svg.graph g.state.off rect{fill:#fce8e6;stroke:#c5221f;stroke-width:1.5;stroke-dasharray:5 3}
            svg.graph g.state.off text{fill:#a50e0e}
            svg.graph g.marker rect{fill:#f1f3f4;stroke:#5f6368}
            svg.graph path.edge{fill:none;stroke-width:1.6}
            svg.graph path.edge.on{stroke:#137333}svg.graph path.edge.off{stroke:#c5221f;stroke-dasharray:5 3}
            svg.graph path.head.on{fill:#137333}svg.graph path.head.off{fill:#c5221f}
            svg.graph g.label rect{fill:#fff;stroke:none}
            svg.graph g.label.on text{fill:#0d652d}svg.graph g.label.off text{fill:#a50e0e;font-weight:bold}
            body.path svg.graph g.state.on rect{fill:#e8f0fe;stroke:#1a73e8;stroke-width:2.5}
            body.path svg.graph g.state.off rect{fill:#f8f9fa;stroke:#9aa0a6;stroke-dasharray:none}
            body.path svg.graph g.state.off text{fill:#80868b}
            body.path svg.graph path.edge.on{stroke:#1a73e8;stroke-width:2.5}
            body.path svg.graph path.edge.off{stroke:#bdc1c6;stroke-dasharray:4 3}
            body.path svg.graph path.head.on{fill:#1a73e8}body.path svg.graph path.head.off{fill:#bdc1c6}
            body.path svg.graph g.label.on text{fill:#174ea6;font-weight:bold}
            body.path svg.graph g.label.off text{fill:#80868b;font-weight:normal}
            .legend span{display:inline-block;margin-right:18px}.swatch{display:inline-block;width:14px;\
            height:10px;margin-right:5px;vertical-align:middle;border:1.5px solid}
            .on-sw{background:#e6f4ea;border-color:#137333}.off-sw{background:#fce8e6;border-color:#c5221f;\
            border-style:dashed}
            .muted{color:#5f6368}ul.uncovered{columns:2;font-family:monospace;font-size:13px}
            """;

    private Html() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String page(String title, String bodyClass, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body class=\"" + bodyClass + "\">\n" + body
                + "</body>\n</html>\n";
    }

    /** A percentage bar with its text, e.g. for {@code 7/9 (77.8%)}. */
    static String bar(MachineCoverage.Counter counter) {
        if (counter.total() == 0) {
            return "<span class=\"muted\">n/a</span>";
        }
        return String.format(
                java.util.Locale.ROOT,
                "<span class=\"bar\" title=\"%.1f%%\"><i style=\"width:%.0f%%\"></i></span>%s",
                counter.percent(),
                counter.percent(),
                escape(counter.toString()));
    }
}
