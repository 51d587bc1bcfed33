package org.hashiya.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless {@code export} command on the sample corpus, laid out as in {@code ../shared/corpus}, and on projects. */
class ExportCommandTest {

	@TempDir
	Path folder;
	private final CommandRun command = new CommandRun();

	/** @return the sample's texts in {@code ar-news/}, with their gold spans in {@code gold/}, as in {@code ../shared/corpus} */
	private Path sampleCorpus() throws IOException {
		SampleCorpus.copyArticlesTo(folder.resolve("ar-news"));
		SampleCorpus.copyGoldSpansTo(folder.resolve("gold"));
		return folder.resolve("ar-news");
	}

	@Test
	void theSampleCorpusGoesOutAsXmiWithItsTypeSystem() throws IOException {
		Path output = folder.resolve("xmi");

		assertEquals(0, command.run("export", "--format", "xmi", "--input", sampleCorpus().toString(), "--spans", folder.resolve("gold").toString(), "--output",
				output.toString()),
				command.errors());

		assertTrue(command.output().startsWith("Nothing is lost"), command.output());
		assertTrue(command.output().contains("Wrote 4 articles (397 spans) as xmi to " + output), command.output());
		try (Stream<Path> files = Files.list(output)) {
			List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
			assertEquals(5, names.size(), names.toString());
			assertTrue(names.contains("TypeSystem.xml"), names.toString());
			SampleCorpus.articleIds().forEach(id -> assertTrue(names.contains(id + ".xmi"), names.toString()));
		}
	}

	@Test
	void withLossesAndWithoutYesNothingIsWrittenAndTheReportSaysWhy() throws IOException {
		Path nested = folder.resolve("nested");
		Files.createDirectories(nested);
		String text = "درس في جامعة القاهرة.\n";
		Files.writeString(nested.resolve("001_nested.txt"), text, StandardCharsets.UTF_8);
		SpansTsv.write(nested.resolve("001_nested.spans.tsv"), new LabeledText("001_nested", text, List.of(LabeledSpan.of(7, 20, "ORG"), LabeledSpan.of(13, 20, "LOC"))));
		Path output = folder.resolve("conll");

		assertEquals(1, command.run("export", "--format", "conll2002", "--input", nested.toString(), "--output", output.toString()));

		assertTrue(command.output().startsWith("Spans overlapping or nested in an earlier span"), command.output());
		assertTrue(command.output().contains("001_nested 13–20 «القاهرة»"), command.output());
		assertTrue(command.errors().contains("nothing was written") && command.errors().contains("--yes"), command.errors());
		assertFalse(Files.exists(output), "nothing written, not even the folder");

		assertEquals(0, command.run("export", "--format", "conll2002", "--input", nested.toString(), "--output", output.toString(), "--yes"), command.errors());
		assertEquals("درس O\nفي O\nجامعة B-ORG\nالقاهرة I-ORG\n. O\n\n", Files.readString(output.resolve("001_nested.conll"), StandardCharsets.UTF_8));
	}

	@Test
	void aProjectWithTwoAnnotatorsNeedsOneChosenAndExportsTheirFinishedArticlesWithTheChosenLabels() throws IOException {
		Path projectFolder = folder.resolve("project");
		SampleCorpus.copyArticlesTo(projectFolder);
		ProjectFolder project = ProjectFolder.create(projectFolder, "news");
		List<Article> articles = project.project().getArticles();
		save(project, articles.get(0), "ali", AnnotationStatus.FINISHED, span(project, 0, 4, "PER"), span(project, 5, 9, "LOC"));
		save(project, articles.get(1), "ali", AnnotationStatus.IN_PROGRESS, span(project, 0, 4, "LOC"));
		save(project, articles.get(1), "mona", AnnotationStatus.FINISHED, span(project, 0, 4, "ORG"));
		Path output = folder.resolve("jsonl");

		assertEquals(2, command.run("export", "--format", "jsonl", "--input", projectFolder.toString(), "--output", output.toString()));
		assertTrue(command.errors().contains("news has the spans of 2 annotators (ali, mona): choose one with --annotator"), command.errors());

		assertEquals(0, command.run("export", "--format", "jsonl", "--input", projectFolder.toString(), "--output", output.toString(), "--annotator", "ali",
				"--finished-only", "--labels", "LOC"), command.errors());
		List<String> lines = Files.readAllLines(output.resolve("news.jsonl"), StandardCharsets.UTF_8);
		assertEquals(1, lines.size(), "only the article ali finished");
		assertTrue(lines.get(0).endsWith("\"spans\":[{\"start\":5,\"end\":9,\"label\":\"LOC\"}]}"), lines.get(0));
	}

	@Test
	void zipWritesOneArchive() throws IOException {
		Path output = folder.resolve("out");

		assertEquals(0, command.run("export", "--format", "tsv", "--input", sampleCorpus().toString(), "--spans", folder.resolve("gold").toString(), "--output",
				output.toString(), "--zip"),
				command.errors());

		try (ZipFile zip = new ZipFile(output.resolve("ar-news-tsv.zip").toFile())) {
			assertEquals(8, zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".txt") || name.endsWith(".spans.tsv")).count());
		}
		try (Stream<Path> files = Files.list(output)) {
			assertEquals(1, files.count(), "the archive alone");
		}
	}

	@Test
	void anUnknownFormatIsAUsageError() throws IOException {
		assertEquals(2, command.run("export", "--format", "csv", "--input", sampleCorpus().toString(), "--output", folder.resolve("out").toString()));
		assertTrue(command.errors().contains("--format csv is not one of xmi|conll2002|conll2003|jsonl|tsv"), command.errors());
	}

	private static Span span(ProjectFolder project, int begin, int end, String label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(project.label(label).orElseThrow());
		return span;
	}

	private static void save(ProjectFolder project, Article article, String annotator, AnnotationStatus status, Span... spans) throws IOException {
		AnnotationSet set = project.annotationSet(article, project.annotator(annotator));
		set.setStatus(status);
		set.getSpans().addAll(List.of(spans));
		project.save(set);
	}
}
