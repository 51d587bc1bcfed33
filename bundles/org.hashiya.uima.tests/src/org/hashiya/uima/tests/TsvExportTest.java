package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.ArticleFolders;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.AnnotationSet;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.LossReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports in the gold format: texts byte for byte, spans as the sample corpus keeps them. */
class TsvExportTest {

	@TempDir
	Path folder;

	@Test
	void theSampleProjectGivesBackTheSampleCorpus() throws Exception {
		Path output = folder.resolve("out");
		ExportFixtures.export(ExportFixtures.sampleProject(folder.resolve("project")), ExportFormat.TSV, output, false);

		Path corpus = folder.resolve("corpus");
		List<LabeledText> gold = ExportFixtures.sampleGold(corpus);
		assertEquals(gold, ArticleFolders.readLabeled(output, output));
		for (String id : SampleCorpus.articleIds()) {
			assertArrayEquals(Files.readAllBytes(corpus.resolve("texts").resolve(id + ".txt")), Files.readAllBytes(output.resolve(id + ".txt")), id);
			assertArrayEquals(Files.readAllBytes(corpus.resolve("gold").resolve(id + ".spans.tsv")), Files.readAllBytes(output.resolve(id + ".spans.tsv")), id);
		}
	}

	@Test
	void emojiLineEndsHarakatAndTatweelComeBackExactly() throws Exception {
		Path output = folder.resolve("out");
		ExportFixtures.export(ExportFixtures.hardTexts(folder.resolve("texts")), ExportFormat.TSV, output, false);

		assertEquals(ExportFixtures.HARD_TEXTS, ArticleFolders.readLabeled(output, output));
	}

	@Test
	void aSpanOverALineBreakIsReportedAndLeftOut() throws Exception {
		String text = "وصل الوفد إلى\r\nبغداد أمس\n";
		ProjectFolder project = ExportFixtures.project(folder.resolve("project"), "090_break", text);
		AnnotationSet set = project.annotationSet(project.project().getArticles().get(0), project.annotator("ali"));
		set.getSpans().add(ExportFixtures.span(project, 10, 20, "LOC"));
		set.getSpans().add(ExportFixtures.span(project, 15, 20, "LOC"));
		project.save(set);

		ExportSource source = ExportSource.of(project);
		try (CorpusExport export = CorpusExport.prepare(source.name(), source.select(ExportSelection.all()), ExportFormat.TSV, false)) {
			assertEquals(List.of(new LossReport.Finding(LossReport.Kind.SPAN_WITH_LINE_BREAK, 1, List.of(new LossReport.Example("090_break", 10, 20, "إلى\r\nبغداد")))),
					export.lossReport().findings());
			export.write(folder.resolve("out"), false, ExportProgress.NONE);
		}

		assertEquals(List.of(new LabeledText("090_break", text, List.of(LabeledSpan.of(15, 20, "LOC")))),
				ArticleFolders.readLabeled(folder.resolve("out"), folder.resolve("out")));
	}
}
