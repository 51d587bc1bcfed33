package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.curation.Curation;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.export.ExportSelection;
import org.hashiya.uima.export.ExportSource;
import org.hashiya.uima.export.ExportedArticle;
import org.hashiya.uima.export.ExportedSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing what an export takes from a project or a folder of articles: annotator, status, labels. */
class ExportSourceTest {

	@TempDir
	Path folder;
	private ProjectFolder project;

	/** Two annotators on two articles: ali finished the first and is still at the second, mona labeled only the second. */
	@BeforeEach
	void createAProjectWithTwoAnnotators() throws IOException {
		project = ExportFixtures.project(folder.resolve("news"), "001_first", "زار وزير الخارجية القاهرة يوم الأحد.\n", "002_second",
				"استقبلت بغداد الوفد في كانون الثاني.\n");
		List<Article> articles = project.project().getArticles();
		save(articles.get(0), "ali", AnnotationStatus.FINISHED, 18, 25, "LOC");
		save(articles.get(1), "ali", AnnotationStatus.IN_PROGRESS, 8, 13, "LOC", 23, 35, "DATE");
		save(articles.get(1), "mona", AnnotationStatus.FINISHED, 8, 13, "ORG");
	}

	@Test
	void withSeveralAnnotatorsOneMustBeChosen() throws IOException {
		ExportSource source = ExportSource.open(folder.resolve("news"), folder.resolve("news"));

		assertEquals(List.of("ali", "mona"), source.annotators());
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> source.select(ExportSelection.all()));
		assertEquals("news has the spans of 2 annotators (ali, mona): choose one", error.getMessage());
		List<ExportedArticle> mona = source.select(new ExportSelection(Optional.of("mona"), false, Set.of()));
		assertEquals(List.of(List.of(), List.of("8 13 ORG mona")), spans(mona));
		assertThrows(IllegalArgumentException.class, () -> source.select(new ExportSelection(Optional.of("omar"), false, Set.of())));
	}

	@Test
	void aCuratedSetIsWhatGoesOutWhenNoAnnotatorIsChosen() throws IOException {
		save(project.project().getArticles().get(1), Curation.CURATOR, AnnotationStatus.FINISHED, 8, 13, "LOC");
		ExportSource source = ExportSource.of(project);

		assertEquals(Curation.CURATOR, source.defaultAnnotator());
		assertEquals(List.of(List.of(), List.of("8 13 LOC " + Curation.CURATOR)), spans(source.select(ExportSelection.all())));
	}

	@Test
	void finishedOnlyLeavesOutTheArticlesTheAnnotatorIsStillAt() throws IOException {
		ExportSource source = ExportSource.of(project);

		List<ExportedArticle> all = source.select(new ExportSelection(Optional.of("ali"), false, Set.of()));
		List<ExportedArticle> finished = source.select(new ExportSelection(Optional.of("ali"), true, Set.of()));

		assertEquals(List.of(List.of("18 25 LOC ali"), List.of("8 13 LOC ali", "23 35 DATE ali")), spans(all));
		assertEquals(List.of("001_first"), finished.stream().map(ExportedArticle::id).toList());
	}

	@Test
	void onlyTheChosenLabelsGoOutAndAnUnknownOneIsNamed() throws IOException {
		ExportSource source = ExportSource.of(project);

		List<ExportedArticle> dates = source.select(new ExportSelection(Optional.of("ali"), false, Set.of("DATE")));

		assertEquals(List.of(List.of(), List.of("23 35 DATE ali")), spans(dates));
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> source.select(new ExportSelection(Optional.of("ali"), false, Set.of("DATE", "PLACE"))));
		assertTrue(error.getMessage().startsWith("No label PLACE in news; its labels are "), error.getMessage());
	}

	@Test
	void anAnnotationFileTheProjectCouldNotLoadStopsTheExportOfItsAnnotatorOnly() throws IOException {
		Path broken = folder.resolve("news").resolve(ProjectFolder.ANNOTATIONS).resolve("mona").resolve("002_second.tsv");
		Files.writeString(broken, "not an annotation file\n");
		ExportSource source = ExportSource.of(ProjectFolder.open(folder.resolve("news")));

		IOException error = assertThrows(IOException.class, () -> source.select(new ExportSelection(Optional.of("mona"), false, Set.of())));
		assertTrue(error.getMessage().contains(broken.toString()), error.getMessage());
		assertEquals(2, source.select(new ExportSelection(Optional.of("ali"), false, Set.of())).size());
	}

	@Test
	void aFolderOfArticlesWithSpansElsewhereIsTheGoldAnnotatorsWork() throws IOException {
		Path texts = folder.resolve("corpus").resolve("ar-news");
		Path gold = folder.resolve("corpus").resolve("gold");
		SampleCorpus.copyArticlesTo(texts);
		SampleCorpus.copyGoldSpansTo(gold);
		Files.delete(gold.resolve(SampleCorpus.articleIds().get(3) + ".spans.tsv"));

		ExportSource source = ExportSource.open(texts, gold);

		assertEquals("ar-news", source.name());
		assertEquals(List.of(ExportSource.FOLDER_ANNOTATOR), source.annotators());
		List<ExportedArticle> all = source.select(ExportSelection.all());
		assertEquals(4, all.size());
		assertEquals(List.of(), all.get(3).spans(), "an article without a span file has no spans");
		assertEquals(3, source.select(new ExportSelection(Optional.empty(), true, Set.of())).size(), "only articles with span files are finished");
		List<LabeledText> expected = ExportFixtures.sampleGold(folder.resolve("copy"));
		for (int index = 0; index < 3; index++) {
			ExportedArticle article = all.get(index);
			assertEquals(expected.get(index).spans().size(), article.spans().size());
			assertEquals(ExportFixtures.firstLine(article.text()), article.title());
			assertEquals(texts.resolve(article.id() + ".txt").toUri(), article.source());
		}
	}

	@Test
	void aSpanFileWithoutItsTextIsNamed() throws IOException {
		Path input = ImportInputs.spansTsvFolder(folder.resolve("texts"), ExportFixtures.HARD_TEXTS);
		Files.delete(input.resolve("010_hard.txt"));

		InvalidTextFileException error = assertThrows(InvalidTextFileException.class, () -> ExportSource.open(input, input));

		assertTrue(error.getMessage().startsWith(input.resolve("010_hard.spans.tsv") + ": there is no text"), error.getMessage());
	}

	private void save(Article article, String annotator, AnnotationStatus status, Object... beginEndLabel) throws IOException {
		AnnotationSet set = project.annotationSet(article, project.annotator(annotator));
		set.setStatus(status);
		for (int index = 0; index < beginEndLabel.length; index += 3) {
			set.getSpans().add(ExportFixtures.span(project, (Integer) beginEndLabel[index], (Integer) beginEndLabel[index + 1], (String) beginEndLabel[index + 2]));
		}
		project.save(set);
	}

	/** @return each article's spans as "begin end label annotator" */
	private static List<List<String>> spans(List<ExportedArticle> articles) {
		return articles.stream().map(article -> article.spans().stream().map(span -> describe(article, span)).toList()).toList();
	}

	private static String describe(ExportedArticle article, ExportedSpan span) {
		return span.begin() + " " + span.end() + " " + span.label() + " " + article.annotator();
	}
}
