package org.hashiya.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hashiya.core.SampleProject;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless {@code agreement} command on the sample texts with two annotators' span folders:
 * the gold, and a copy of it without every third span.
 */
class AgreementCommandTest {

	private static final String HEADER = "annotators";

	@TempDir
	Path folder;
	private final CommandRun command = new CommandRun();

	@BeforeEach
	void layOutTwoAnnotatorsBesideTheTexts() throws IOException {
		SampleCorpus.copyArticlesTo(folder);
		SampleCorpus.copyGoldSpansTo(folder.resolve("gold"));
		Path other = Files.createDirectories(folder.resolve("other"));
		for (LabeledText article : ArticleFolders.readLabeled(folder, folder.resolve("gold"))) {
			List<LabeledSpan> kept = new ArrayList<>();
			for (int index = 0; index < article.spans().size(); index++) {
				if (index % 3 != 0) {
					kept.add(article.spans().get(index));
				}
			}
			SpansTsv.write(other.resolve(article.id() + SpansTsv.EXTENSION), new LabeledText(article.id(), article.text(), kept));
		}
	}

	@Test
	void printsAnAlignedTableWithTheCorpusFirstAndWritesTheSameRowsAsCsv() throws IOException {
		Path csv = folder.resolve("out").resolve("agreement.csv");

		assertEquals(0, command.run("agreement", "--input", folder.toString(), "--csv", csv.toString()), command.errors());

		List<String> table = tableLines();
		String firstRow = table.get(1);
		assertTrue(firstRow.matches("gold & other +\\(corpus\\) +\\(all\\) +alpha-u +0\\.\\d{4} +\\d+ +\\d+"), firstRow);
		assertTrue(table.stream().allMatch(line -> line.length() == table.get(0).length()), "every line of the table has the same width:\n" + String.join("\n", table));
		assertTrue(table.stream().anyMatch(line -> line.contains(" PER ") && line.contains(" kappa ")), "per-label rows");
		List<String> csvLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(table.size(), csvLines.size(), "the CSV has the table's header and rows");
		assertTrue(csvLines.get(1).startsWith("gold & other,(corpus),(all),alpha-u,0."), csvLines.get(1));
		assertTrue(command.output().contains("Wrote " + (csvLines.size() - 1) + " rows to " + csv), command.output());
	}

	@Test
	void identicalAnnotatorsAgreePerfectly() throws IOException {
		SampleCorpus.copyGoldSpansTo(folder.resolve("other"));

		assertEquals(0, command.run("agreement", "--input", folder.toString()), command.errors());

		List<String> rows = tableLines().subList(1, tableLines().size());
		assertFalse(rows.isEmpty());
		assertTrue(rows.stream().allMatch(line -> line.contains(" 1.0000 ")), String.join("\n", rows));
	}

	@Test
	void aProjectWithOneAnnotatorFailsNamingTheFolder() throws IOException {
		Path project = folder.resolve("project");
		SampleProject.create(project);

		assertEquals(1, command.run("agreement", "--input", project.toString()));

		assertTrue(command.errors().contains(project + " has the work of only gold"), command.errors());
	}

	@Test
	void aBadSpanFileIsNamedWithItsLine() throws IOException {
		Path spans = folder.resolve("other").resolve(SampleCorpus.articleIds().get(0) + SpansTsv.EXTENSION);
		Files.writeString(spans, "begin\tend\tlabel\ttext\n4\t20\tLOC\tالمملكة المتحدة\n", StandardCharsets.UTF_8);

		assertEquals(1, command.run("agreement", "--input", folder.toString()));

		assertTrue(command.errors().contains(spans + " line 2: the span 4–20 should cover 'المملكة المتحدة'"), command.errors());
	}

	@Test
	void aMissingInputOrAnUnknownOptionIsAUsageError() {
		assertEquals(2, command.run("agreement"));
		assertTrue(command.errors().contains("Option --input is required"), command.errors());
		assertEquals(2, command.run("agreement", "--input", folder.resolve("nowhere").toString()));
		assertTrue(command.errors().contains("nowhere: no such folder"), command.errors());
		assertEquals(2, command.run("agreement", "--input", folder.toString(), "--cvs", "x.csv"));
		assertTrue(command.errors().contains("Unknown option '--cvs'"), command.errors());
	}

	/** @return the printed table: its header line and the rows after it */
	private List<String> tableLines() {
		List<String> lines = command.output().lines().toList();
		int header = lines.stream().filter(line -> line.startsWith(HEADER)).findFirst().map(lines::indexOf).orElseThrow(() -> new AssertionError(command.output()));
		return lines.subList(header, lines.size()).stream().takeWhile(line -> !line.startsWith("Wrote ")).toList();
	}
}
