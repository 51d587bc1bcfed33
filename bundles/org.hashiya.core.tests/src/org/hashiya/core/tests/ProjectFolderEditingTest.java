package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFolderEditingTest {

	private static final String ARTICLE = "001_8756b9d378ace8d0";

	@TempDir
	Path folder;

	private ProjectFolder project;
	private Annotator gold;
	private Annotator amal;
	/** The four sample articles in file order: 000, 001, 002, 004. */
	private List<Article> articles;

	@BeforeEach
	void openSampleProject() throws IOException {
		project = SampleProject.create(folder);
		gold = project.annotator(SampleCorpus.GOLD_ANNOTATOR);
		amal = project.annotator("amal");
		articles = project.project().getArticles();
	}

	@Test
	void reloadDropsUnsavedChangesAndGivesTheSpansOfTheFile() throws IOException {
		Article article = project.article(ARTICLE).orElseThrow();
		AnnotationSet edited = project.findAnnotationSet(article, gold).orElseThrow();
		String saved = render(edited);
		edited.getSpans().subList(0, 10).clear();
		edited.getSpans().add(span(48, 70, label("ORG")));
		edited.setStatus(AnnotationStatus.IN_PROGRESS);

		AnnotationSet reloaded = project.reload(article, gold).orElseThrow();

		assertNotSame(edited, reloaded);
		assertEquals(saved, render(reloaded));
		assertEquals(List.of(reloaded), article.getAnnotationSets(), "the edited set is gone from the article");
		assertSame(reloaded, project.findAnnotationSet(article, gold).orElseThrow());
	}

	@Test
	void reloadReadsWhatWasSavedToTheFileSinceOpening() throws IOException {
		ProjectFolder otherCopy = ProjectFolder.open(folder);
		AnnotationSet otherSet = otherCopy.findAnnotationSet(otherCopy.article(ARTICLE).orElseThrow(), otherCopy.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
		otherSet.getSpans().subList(0, 10).clear();
		otherSet.setStatus(AnnotationStatus.IN_PROGRESS);
		otherCopy.save(otherSet);

		AnnotationSet reloaded = project.reload(project.article(ARTICLE).orElseThrow(), gold).orElseThrow();

		assertEquals(56, reloaded.getSpans().size());
		assertEquals(AnnotationStatus.IN_PROGRESS, reloaded.getStatus());
		assertEquals(render(otherSet), render(reloaded));
	}

	@Test
	void reloadWithoutAFileLeavesNoSet() throws IOException {
		Article article = project.article(ARTICLE).orElseThrow();
		AnnotationSet unsaved = project.annotationSet(article, amal);
		unsaved.getSpans().add(span(0, 4, label("PER")));
		unsaved.setStatus(AnnotationStatus.IN_PROGRESS);

		Optional<AnnotationSet> reloaded = project.reload(article, amal);

		assertTrue(reloaded.isEmpty());
		assertTrue(project.findAnnotationSet(article, amal).isEmpty());
		assertEquals(AnnotationStatus.NEW, project.status(article, amal));
		assertFalse(Files.exists(project.annotationFile(article, amal)), "reloading writes nothing");
	}

	@Test
	void reloadOfAFileThatWasRepairedShowsItsSpansAndAllowsSavingAgain() throws IOException {
		Path goldFile = folder.resolve("annotations").resolve(SampleCorpus.GOLD_ANNOTATOR).resolve(ARTICLE + ".tsv");
		String good = Files.readString(goldFile);
		Files.writeString(goldFile, good.replaceFirst("\tLOC\t", "\tMISC\t"));
		ProjectFolder broken = ProjectFolder.open(folder);
		Article article = broken.article(ARTICLE).orElseThrow();
		Annotator brokenGold = broken.annotator(SampleCorpus.GOLD_ANNOTATOR);
		assertEquals(1, broken.problems().size());
		Files.writeString(goldFile, good);

		AnnotationSet reloaded = broken.reload(article, brokenGold).orElseThrow();

		assertEquals(66, reloaded.getSpans().size());
		assertTrue(broken.problems().isEmpty(), () -> "problems: " + broken.problems());
		broken.save(reloaded);
		assertEquals(good, Files.readString(goldFile));
	}

	@Test
	void reloadOfAFileThatCannotBeReadAnyMoreReportsItAndProtectsIt() throws IOException {
		Article article = project.article(ARTICLE).orElseThrow();
		Path goldFile = project.annotationFile(article, gold);
		String damaged = Files.readString(goldFile).replaceFirst("\tLOC\t", "\tMISC\t");
		Files.writeString(goldFile, damaged);

		Optional<AnnotationSet> reloaded = project.reload(article, gold);

		assertTrue(reloaded.isEmpty());
		assertEquals(1, project.problems().size());
		assertTrue(project.problems().get(0).message().contains("'MISC'"), project.problems().get(0).message());
		AnnotationSet fresh = project.annotationSet(article, gold);
		assertThrows(IOException.class, () -> project.save(fresh));
		assertEquals(damaged, Files.readString(goldFile));
	}

	@Test
	void reloadingTwiceReportsAProblemOnce() throws IOException {
		Article article = project.article(ARTICLE).orElseThrow();
		Path goldFile = project.annotationFile(article, gold);
		Files.writeString(goldFile, Files.readString(goldFile).replaceFirst("\tLOC\t", "\tMISC\t"));

		project.reload(article, gold);
		project.reload(article, gold);

		assertEquals(1, project.problems().size(), () -> "problems: " + project.problems());
	}

	@Test
	void theSetsUsingLabelsAreThoseOfEveryAnnotatorWithASpanOrSuggestionOfOneOfThem() {
		Label misc = HashiyaFactory.eINSTANCE.createLabel();
		misc.setName("MISC");
		project.project().getLabelSets().get(0).getLabels().add(misc);
		AnnotationSet amalOn000 = project.annotationSet(articles.get(0), amal);
		amalOn000.getSpans().add(span(0, 4, misc));
		AnnotationSet amalOn002 = project.annotationSet(articles.get(2), amal);
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		suggestion.setBegin(0);
		suggestion.setEnd(4);
		suggestion.setLabel(misc);
		suggestion.setState(SuggestionState.PENDING);
		amalOn002.getSuggestions().add(suggestion);
		project.annotationSet(articles.get(3), amal).getSpans().add(span(0, 6, label("LOC")));

		assertEquals(List.of(amalOn000, amalOn002), project.annotationSetsUsing(List.of(misc)));
		assertEquals(List.of(goldSet(0), goldSet(1), goldSet(2), goldSet(3)), project.annotationSetsUsing(List.of(label("DATE"))));
		assertEquals(List.of(goldSet(0), amalOn000, goldSet(1), goldSet(2), amalOn002, goldSet(3)), project.annotationSetsUsing(List.of(misc, label("PER"))),
				"in article order, then in the order of the sets in an article");
		assertTrue(project.annotationSetsUsing(List.of()).isEmpty());
	}

	@Test
	void theNextUnfinishedArticleSkipsFinishedOnes() {
		finish(articles.get(1));
		finish(articles.get(2));

		assertEquals(Optional.of(articles.get(3)), project.nextUnfinished(articles.get(0), amal));
	}

	@Test
	void theNextUnfinishedArticleCountsArticlesInProgressOrNotStartedAsUnfinished() {
		project.annotationSet(articles.get(1), amal).setStatus(AnnotationStatus.IN_PROGRESS);

		assertEquals(Optional.of(articles.get(1)), project.nextUnfinished(articles.get(0), amal));
		assertEquals(Optional.of(articles.get(2)), project.nextUnfinished(articles.get(1), amal), "article 002 has no set of amal");
	}

	@Test
	void theNextUnfinishedArticleWrapsAroundToTheFirstArticles() {
		finish(articles.get(0));

		assertEquals(Optional.of(articles.get(1)), project.nextUnfinished(articles.get(3), amal));
	}

	@Test
	void thereIsNoNextUnfinishedArticleWhenAllAreFinished() {
		assertEquals(Optional.empty(), project.nextUnfinished(articles.get(1), gold));
	}

	@Test
	void theCurrentArticleIsNotItsOwnNextUnfinishedArticle() {
		articles.forEach(this::finish);
		project.annotationSet(articles.get(2), amal).setStatus(AnnotationStatus.IN_PROGRESS);

		assertEquals(Optional.empty(), project.nextUnfinished(articles.get(2), amal));
		assertEquals(Optional.of(articles.get(2)), project.nextUnfinished(articles.get(0), amal));
	}

	@Test
	void theStatusIsNewWithoutASet() {
		Article article = project.article(ARTICLE).orElseThrow();

		assertEquals(AnnotationStatus.NEW, project.status(article, amal));
		assertTrue(project.findAnnotationSet(article, amal).isEmpty(), "asking for the status creates no set");
	}

	@Test
	void theStatusIsThatOfTheAnnotatorsSet() {
		Article article = project.article(ARTICLE).orElseThrow();
		project.annotationSet(article, amal).setStatus(AnnotationStatus.IN_PROGRESS);

		assertEquals(AnnotationStatus.IN_PROGRESS, project.status(article, amal));
		assertEquals(AnnotationStatus.FINISHED, project.status(article, gold));
	}

	private void finish(Article article) {
		project.annotationSet(article, amal).setStatus(AnnotationStatus.FINISHED);
	}

	private AnnotationSet goldSet(int article) {
		return project.findAnnotationSet(articles.get(article), gold).orElseThrow();
	}

	private Label label(String name) {
		return project.label(name).orElseThrow();
	}

	private static Span span(int begin, int end, Label label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(label);
		span.setOrigin(SpanOrigin.MANUAL);
		return span;
	}

	private static String render(AnnotationSet set) {
		return set.getStatus() + "\n" + set.getSpans().stream()
				.map(span -> span.getBegin() + "-" + span.getEnd() + " " + span.getLabel().getName() + " " + span.getOrigin() + " " + span.getNote())
				.collect(Collectors.joining("\n"));
	}
}
