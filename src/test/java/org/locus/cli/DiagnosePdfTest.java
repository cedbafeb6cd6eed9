package org.locus.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code diagnose --format pdf}: the brief as a file, the region taken from a case file or named on the line. */
class DiagnosePdfTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LocusCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void writesTheBriefOfACaseFileAboutItsPlace() throws Exception {
        Path pdf = folder.resolve("brief.pdf");
        Run run = run("diagnose", "cases/sinos-valley-footwear.json", "--rules", "rules", "--format", "pdf", "-o", pdf.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(text(pdf)).contains("Sinos Valley, Rio Grande do Sul, Brazil (1990s)").contains("How firm:");
    }

    @Test
    void theRegionNamedOnTheLineWinsAndTheMarkdownReportCarriesItToo() throws Exception {
        Path answers = Files.writeString(folder.resolve("a.json"), "{\"answers\": {\"cluster-present\": true}}");
        Path pdf = folder.resolve("brief.pdf");
        assertThat(run("diagnose", answers.toString(), "--rules", "rules", "--format", "pdf", "--output", pdf.toString(),
                "--region", "Novo Hamburgo", "--period", "2026").exit()).isZero();
        assertThat(text(pdf)).contains("Novo Hamburgo (2026)");

        Run markdown = run("diagnose", answers.toString(), "--rules", "rules", "--region", "Novo Hamburgo");
        assertThat(markdown.out()).startsWith("# Novo Hamburgo\n");
    }

    @Test
    void aPdfWithoutAFileToWriteIsRefusedInOneLine() {
        Run run = run("diagnose", "cases/sinos-valley-footwear.json", "--rules", "rules", "--format", "pdf");
        assertThat(run.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("locus: --format pdf writes a binary file: name it with --output FILE").hasLineCount(1);

        Run unwritable = run("diagnose", "cases/sinos-valley-footwear.json", "--rules", "rules", "--format", "pdf",
                "-o", folder.resolve("no/such/folder/brief.pdf").toString());
        assertThat(unwritable.exit()).isEqualTo(LocusCli.EXIT_BAD_INPUT);
        assertThat(unwritable.err()).contains("cannot write").hasLineCount(1);
    }
}
