package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.Span;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.uima.importing.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same labeled Arabic texts, written in every format the import reads, come back with the same
 * texts and spans: emoji (surrogate pairs, modifiers, joiners, flags), CR LF line ends, harakat and
 * tatweel, where a confusion of UTF-16 units, code points and bytes would shift every offset after them.
 */
class ImportRoundTripTest {

	/** Spans after emoji, over harakat, over tatweel and an emoji, at the very start and the very end. */
	static final List<LabeledText> ARTICLES = List.of(
			ImportInputs.labeled("001_news", "قالت وكالة الأنباء العراقية 👍🏽 إن بغداد استقبلت الوفد\r\n"
					+ "اسْتَقْبَلَ الرَّئِيسُ وفداً من الأمم المتحدة يوم الثلاثاء\r\n"
					+ "وقال المـــتحدث 😀 إن الاجتماع كان ناجحاً.\r\n",
					"وكالة الأنباء العراقية", "ORG", "بغداد", "LOC", "الرَّئِيسُ", "PER", "الأمم المتحدة", "ORG", "يوم الثلاثاء", "DATE",
					"المـــتحدث 😀", "MISC"),
			ImportInputs.labeled("002_emoji", "🇮🇶 العراق 🇮🇶 و👨‍👩‍👧 عائلة في البصرة\n", "🇮🇶", "FLAG", "العراق", "LOC", "البصرة", "LOC"));

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(names = { "XMI", "JSONL", "TSV" })
	void formatsWithOffsetsGiveBackTheSameTextsAndSpans(ImportFormat format) throws Exception {
		Path input = switch (format) {
		case XMI -> ImportInputs.xmiFolder(folder.resolve("xmi"), "gold", ARTICLES);
		case JSONL -> ImportInputs.jsonl(folder.resolve("corpus.jsonl"), ARTICLES);
		default -> ImportInputs.spansTsvFolder(folder.resolve("tsv"), ARTICLES);
		};

		ImportResult result = CorpusImport.run(ImportRequest.of(format, input, folder.resolve("project")).withAnnotator("gold"), ImportProgress.NONE);

		assertEquals(2, result.articlesAdded());
		assertEquals(List.of("MISC", "FLAG"), result.labelsAdded(), "labels the default set lacks, in the order met");
		assertSameArticles(ARTICLES, ProjectFolder.open(folder.resolve("project")), "gold");
	}

	@Test
	void xmiInAZipArchiveWithTheAnnotatorItNames() throws Exception {
		Path archive = ImportInputs.zip(ImportInputs.xmiFolder(folder.resolve("xmi"), "layla", ARTICLES), folder.resolve("corpus.zip"), "corpus/");

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.XMI, archive, folder.resolve("project")), ImportProgress.NONE);

		assertEquals(List.of("layla"), List.copyOf(result.spansByAnnotator().keySet()), "the annotator of Hashiya's span type");
		assertSameArticles(ARTICLES, ProjectFolder.open(folder.resolve("project")), "layla");
	}

	@Test
	void conllGivesBackTheLabelsAndTheTokensTheyCover() throws Exception {
		Path input = ImportInputs.conll(folder.resolve("corpus.conll"), ARTICLES);

		CorpusImport.run(ImportRequest.of(ImportFormat.CONLL, input, folder.resolve("project")), ImportProgress.NONE);

		ProjectFolder project = ProjectFolder.open(folder.resolve("project"));
		for (int index = 0; index < ARTICLES.size(); index++) {
			LabeledText expected = ARTICLES.get(index);
			Article article = project.article(String.format("corpus-%03d", index + 1)).orElseThrow();
			assertEquals(String.join(" ", expected.text().strip().split("\\s+")), article.getText().replace('\n', ' '), "the tokens, space-separated");
			assertEquals(expected.spans().stream().map(span -> span.label() + " " + expected.covered(span)).toList(),
					spans(project, article, ImportRequest.DEFAULT_ANNOTATOR).stream().map(span -> span.getLabel().getName() + " " + covered(article, span)).toList());
		}
	}

	@Test
	void plainTextComesInExactlyAsWrittenWithoutSpans() throws Exception {
		Path input = ImportInputs.spansTsvFolder(folder.resolve("texts"), ARTICLES);

		ImportResult result = CorpusImport.run(ImportRequest.of(ImportFormat.TEXT, input, folder.resolve("project")), ImportProgress.NONE);

		ProjectFolder project = ProjectFolder.open(folder.resolve("project"));
		for (LabeledText expected : ARTICLES) {
			Article article = project.article(expected.id()).orElseThrow();
			assertEquals(expected.text(), article.getText(), "CR LF, harakat, tatweel and emoji unchanged");
			assertTrue(article.getAnnotationSets().isEmpty(), "no annotator's work on a plain text");
		}
		assertEquals(0, result.spans());
	}

	static void assertSameArticles(List<LabeledText> expected, ProjectFolder project, String annotator) {
		assertEquals(expected.stream().map(LabeledText::id).toList(), project.project().getArticles().stream().map(Article::getId).toList());
		for (LabeledText text : expected) {
			Article article = project.article(text.id()).orElseThrow();
			assertEquals(text.text(), article.getText(), "text of " + text.id());
			assertEquals(text.spans().stream().map(span -> span.begin() + " " + span.end() + " " + span.label() + " " + text.covered(span)).toList(),
					spans(project, article, annotator).stream().map(span -> span.getBegin() + " " + span.getEnd() + " " + span.getLabel().getName() + " "
							+ covered(article, span)).toList(), "spans of " + text.id());
			assertEquals(AnnotationStatus.FINISHED, project.status(article, project.annotator(annotator)), "imported work is finished");
		}
	}

	/** @return the annotator's spans on the article in text order */
	static List<Span> spans(ProjectFolder project, Article article, String annotator) {
		return project.findAnnotationSet(article, project.annotator(annotator)).map(set -> set.getSpans().stream()).orElse(Stream.empty())
				.sorted((one, other) -> one.getBegin() != other.getBegin() ? Integer.compare(one.getBegin(), other.getBegin())
						: Integer.compare(other.getEnd(), one.getEnd()))
				.toList();
	}

	static String covered(Article article, Span span) {
		return article.getText().substring(span.getBegin(), span.getEnd());
	}
}
