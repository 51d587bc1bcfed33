package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.Article;
import org.hashiya.uima.export.CorpusExport;
import org.hashiya.uima.export.ExportFormat;
import org.hashiya.uima.export.ExportProgress;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.uima.export.ExportedSpan;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the export writes, the import reads back into a fresh project: the same texts and spans for
 * every format that can hold them, the same labels over the same tokens for CoNLL, on the texts of
 * {@link ImportRoundTripTest} (emoji, CR LF, harakat, tatweel).
 */
class ExportImportRoundTripTest {

	private static final String ANNOTATOR = "layla";

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(names = { "XMI", "JSONL", "TSV" })
	void formatsWithOffsetsGiveBackIdenticalSpans(ExportFormat format) throws Exception {
		Path exported = export(format, false);

		CorpusImport.run(ImportRequest.of(ImportFormat.byId(format.id()).orElseThrow(), exported, folder.resolve("project")).withAnnotator(ANNOTATOR),
				ImportProgress.NONE);

		ImportRoundTripTest.assertSameArticles(ImportRoundTripTest.ARTICLES, ProjectFolder.open(folder.resolve("project")), ANNOTATOR);
	}

	@Test
	void anXmiArchiveComesBackWithTheAnnotatorItNames() throws Exception {
		Path archive = export(ExportFormat.XMI, true);

		CorpusImport.run(ImportRequest.of(ImportFormat.XMI, archive, folder.resolve("project")), ImportProgress.NONE);

		ImportRoundTripTest.assertSameArticles(ImportRoundTripTest.ARTICLES, ProjectFolder.open(folder.resolve("project")), ANNOTATOR);
	}

	@ParameterizedTest
	@EnumSource(names = { "CONLL2002", "CONLL2003" })
	void conllGivesBackTheSameLabelsOverTheSameTokens(ExportFormat format) throws Exception {
		Path exported = export(format, false);

		CorpusImport.run(ImportRequest.of(ImportFormat.CONLL, exported, folder.resolve("project")).withAnnotator(ANNOTATOR), ImportProgress.NONE);

		ProjectFolder project = ProjectFolder.open(folder.resolve("project"));
		for (LabeledText expected : ImportRoundTripTest.ARTICLES) {
			Article article = project.article(expected.id()).orElseThrow();
			assertEquals(expected.spans().stream().map(span -> span.label() + " " + withoutSpaces(expected.covered(span))).toList(),
					ImportRoundTripTest.spans(project, article, ANNOTATOR).stream()
							.map(span -> span.getLabel().getName() + " " + withoutSpaces(ImportRoundTripTest.covered(article, span))).toList(),
					"labels and the tokens they cover in " + expected.id());
		}
	}

	/** @return where the export of the round-trip articles went: a folder, or the zip archive */
	private Path export(ExportFormat format, boolean zip) throws Exception {
		List<ExportedArticle> articles = ImportRoundTripTest.ARTICLES.stream().map(ExportImportRoundTripTest::exported).toList();
		try (CorpusExport export = CorpusExport.prepare("round-trip", articles, format, false)) {
			return export.write(folder.resolve("exported"), zip, ExportProgress.NONE).location();
		}
	}

	private static ExportedArticle exported(LabeledText article) {
		return new ExportedArticle(article.id(), article.text().lines().findFirst().orElse(""), URI.create("file:///corpus/" + article.id() + ".txt"), "ar",
				article.text(), ANNOTATOR, article.spans().stream().map(span -> new ExportedSpan(span.begin(), span.end(), span.label(), "manual", null)).toList());
	}

	/** @return the characters of the tokens {@code text} holds, without the spacing, which CoNLL does not keep */
	private static String withoutSpaces(String text) {
		return text.replaceAll("\\s+", "");
	}
}
