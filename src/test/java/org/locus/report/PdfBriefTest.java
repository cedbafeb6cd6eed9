package org.locus.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.locus.TestRuleBase;
import org.locus.analysis.AnalysedDiagnosis;
import org.locus.analysis.Analyst;
import org.locus.cases.CaseLibraryTest;
import org.locus.cases.LibraryCase;
import org.locus.diagnosis.DiagnosisResult;
import org.locus.rulebase.RuleBase;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF brief read back as a reader's software sees it: its text page by page, its fonts, its pages as images. */
class PdfBriefTest {

    private static final Analyst ANALYST = new Analyst(TestRuleBase.diagnostician());

    private static LibraryCase sinos() {
        return CaseLibraryTest.library().find("sinos-valley-footwear").orElseThrow();
    }

    private static byte[] brief(LibraryCase c) {
        return new PdfBrief(TestRuleBase.get()).render(ANALYST.analyse(c.answers()), MarkdownReportTest.subject(c),
                MarkdownReportTest.ASSESSED);
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    @Test
    void theFirstPageIsTheSummaryAMayorReadsInTwoMinutes() throws IOException {
        RuleBase ruleBase = TestRuleBase.get();
        AnalysedDiagnosis result = ANALYST.analyse(sinos().answers());
        Summary summary = Summary.of(ruleBase, result, MarkdownReportTest.subject(sinos()), MarkdownReportTest.ASSESSED);
        String first = pages(brief(sinos())).get(0);

        assertThat(first).contains("Sinos Valley, Rio Grande do Sul, Brazil (1990s)")
                .contains("Assessed 2 December 2026, 09:30 UTC").contains(ruleBase.edition().name())
                .contains("local economic development (LED)")
                .contains("The situation").contains("What to do first, by who acts")
                .contains("Answer these questions first");
        summary.groups().forEach(g -> assertThat(first).contains(g.actor()));
        summary.groups().forEach(g -> g.recommendations().forEach(t -> assertThat(first).contains(t.title())
                .contains(t.reason()).contains("How firm: " + t.firmness()).contains("What would change it:")));
        summary.questionsFirst().forEach(q -> assertThat(first).contains(q));
        // two minutes: one page, not a report
        assertThat(first.split(" ").length).isLessThan(650);
    }

    @Test
    void thenOnePartPerRecommendationTheFindingsTheOpenQuestionsByTextAndTheGlossary() throws IOException {
        AnalysedDiagnosis result = ANALYST.analyse(sinos().answers());
        DiagnosisResult diagnosis = result.diagnosis();
        List<String> pages = pages(brief(sinos()));
        String all = String.join(" ", pages);

        assertThat(pages.get(1)).contains("What makes up each top score");
        for (DiagnosisResult.RecommendationResult r : diagnosis.recommendations()) {
            assertThat(pages.stream().filter(p -> p.contains(r.title()) && p.contains("Why") && p.contains("In the chapter")))
                    .as(r.title()).isNotEmpty();
            if (r.rank() <= Summary.TOP) {
                // the top three each open a page of their own
                int page = pages.indexOf(pages.stream().filter(p -> p.contains(r.rank() + " " + r.title() + " Score ")).findFirst().orElseThrow());
                assertThat(page).as(r.title()).isGreaterThan(1);
                assertThat(pages.get(page)).doesNotContain("Findings");
                if (r.rank() > 1) {
                    DiagnosisResult.RecommendationResult before = diagnosis.recommendations().get(r.rank() - 2);
                    assertThat(pages.get(page)).doesNotContain(before.rank() + " " + before.title());
                }
            }
            r.cites().forEach(c -> assertThat(all).contains(c));
            r.watch().forEach(w -> assertThat(all).contains(w));
        }
        diagnosis.findings().forEach(f -> assertThat(all).contains(f.title()));
        diagnosis.unanswered().forEach(id -> {
            assertThat(all).contains(TestRuleBase.get().questionnaire().require(id).text());
            assertThat(all).doesNotContain(" " + id + " ");
        });
        assertThat(all).contains("Glossary").contains("quasi-hierarchical chain").contains("(explained above)")
                .doesNotContain("JSON").doesNotContain("null");
        assertThat(pages.get(pages.size() - 1)).contains("page " + pages.size() + " of " + pages.size());
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(brief(sinos()))) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
            assertThat(document.getDocumentInformation().getTitle()).contains("Sinos Valley");
        }
    }

    @Test
    void theHtmlItIsLaidOutFromIsWellFormedXmlForEveryCase() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        for (LibraryCase c : CaseLibraryTest.library().cases()) {
            String html = new PdfBrief(TestRuleBase.get()).html(ANALYST.analyse(c.answers()), MarkdownReportTest.subject(c),
                    MarkdownReportTest.ASSESSED);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    @Test
    void aRegionNameWithMarkupAndControlCharactersIsPrintedAsText() throws IOException {
        byte[] pdf = new PdfBrief(TestRuleBase.get()).render(ANALYST.analyse(sinos().answers()),
                new Subject("<b>Town & \"Country\"</b>\u0007 '); }", "1990s"), MarkdownReportTest.ASSESSED);
        assertThat(pages(pdf).get(0)).contains("<b>Town & \"Country\"</b> '); } (1990s)");
    }

    static boolean pdftoppm() {
        return Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
    }

    /** The pages as images, for a person to look at (target/brief-pages); and a check that they are not blank. */
    @Test
    @EnabledIf("pdftoppm")
    void thePagesRenderToImages() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/brief-pages"));
        Path pdf = dir.resolve("sinos-brief.pdf");
        Files.write(pdf, brief(sinos()));
        Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "60", pdf.toString(), dir.resolve("page").toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        try (var images = Files.list(dir)) {
            List<Path> pngs = images.filter(f -> f.toString().endsWith(".png")).toList();
            assertThat(pngs).isNotEmpty();
            for (Path png : pngs) {
                var image = javax.imageio.ImageIO.read(png.toFile());
                long inked = 0;
                for (int y = 0; y < image.getHeight(); y += 4) {
                    for (int x = 0; x < image.getWidth(); x += 4) {
                        if ((image.getRGB(x, y) & 0xff) < 128) {
                            inked++;
                        }
                    }
                }
                // a page of two lines still has ink; a blank or black page does not pass
                assertThat(inked).as(png.getFileName().toString()).isGreaterThan(5)
                        .isLessThan((long) image.getWidth() * image.getHeight() / 32);
            }
        }
    }
}
