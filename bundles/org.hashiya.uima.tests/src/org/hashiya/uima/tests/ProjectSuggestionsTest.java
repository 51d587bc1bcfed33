package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.uima.suggest.SpanScores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suggestions in an annotation project, through EMF commands: a new annotator gets suggestions
 * learnt from finished work, accepts and rejects them (undoably), and a rejected one stays rejected.
 */
class ProjectSuggestionsTest {

	@TempDir
	Path folder;
	private ProjectFolder project;
	private BasicCommandStack stack;
	private AnnotationCommands commands;
	private Article article;
	private AnnotationSet set;

	@BeforeEach
	void openTheSampleProjectForANewAnnotator() throws IOException {
		project = SampleProject.create(folder);
		stack = new BasicCommandStack();
		commands = new AnnotationCommands(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack));
		article = project.article(SampleCorpus.articleIds().get(1)).orElseThrow();
		set = project.annotationSet(article, project.annotator("ali"));
	}

	@Test
	void suggestionsLearntFromFinishedWorkArePendingAndCoverTheirText() throws IOException {
		List<Suggestion> suggestions = suggestFrom(gold());

		assertTrue(suggestions.size() > 30, "suggestions: " + suggestions.size());
		for (Suggestion suggestion : suggestions) {
			assertEquals(SuggestionState.PENDING, suggestion.getState());
			assertFalse(suggestion.getSource().isEmpty());
			assertTrue(suggestion.getScore() > 0 && suggestion.getScore() <= 1, "score " + suggestion.getScore());
		}
		assertTrue(suggestions.stream().anyMatch(suggestion -> covered(suggestion).equals("كيري") && suggestion.getLabel().getName().equals("PER")));
	}

	@Test
	void acceptingMakesASpanAndUndoingTakesItBack() throws IOException {
		execute(commands.replacePending(set, suggestFrom(gold())));
		Suggestion first = AnnotationCommands.pending(set).get(0);

		Command accept = commands.accept(List.of(first));
		execute(accept);

		Span span = (Span) accept.getResult().iterator().next();
		assertEquals(List.of(span), set.getSpans());
		assertEquals(SpanOrigin.ACCEPTED_SUGGESTION, span.getOrigin());
		assertEquals(covered(first), article.getText().substring(span.getBegin(), span.getEnd()));
		assertEquals(SuggestionState.ACCEPTED, first.getState());
		assertEquals(AnnotationStatus.IN_PROGRESS, set.getStatus());

		stack.undo();
		assertTrue(set.getSpans().isEmpty());
		assertEquals(SuggestionState.PENDING, first.getState());
		assertEquals(AnnotationStatus.NEW, set.getStatus());
	}

	@Test
	void acceptingAllLikeOneTakesEverySuggestionWithItsTextAndLabel() throws IOException {
		execute(commands.replacePending(set, suggestFrom(gold())));
		Suggestion kerry = AnnotationCommands.pending(set).stream().filter(suggestion -> covered(suggestion).equals("كيري")).findFirst().orElseThrow();
		List<Suggestion> like = AnnotationCommands.pendingLike(kerry);
		assertTrue(like.size() > 3, "كيري suggested " + like.size() + " times");

		execute(commands.accept(like));

		assertEquals(like.size(), set.getSpans().size());
		assertTrue(AnnotationCommands.pending(set).stream().noneMatch(suggestion -> covered(suggestion).equals("كيري")));
	}

	@Test
	void aRejectedSuggestionIsNotProposedAgainAndSurvivesASave() throws IOException {
		execute(commands.replacePending(set, suggestFrom(gold())));
		Suggestion rejected = AnnotationCommands.pending(set).get(0);
		execute(commands.reject(List.of(rejected)));

		List<Suggestion> again = suggestFrom(gold());
		execute(commands.replacePending(set, again));

		assertTrue(again.stream().noneMatch(suggestion -> suggestion.getBegin() == rejected.getBegin() && suggestion.getEnd() == rejected.getEnd()
				&& suggestion.getLabel() == rejected.getLabel()), "proposed again");
		assertTrue(set.getSuggestions().contains(rejected), "the rejection is remembered");
		project.save(set);
		AnnotationSet reloaded = ProjectFolder.open(folder).findAnnotationSet(article, project.annotator("ali")).orElseThrow();
		assertTrue(reloaded.getSuggestions().stream().anyMatch(suggestion -> suggestion.getState() == SuggestionState.REJECTED
				&& suggestion.getBegin() == rejected.getBegin() && suggestion.getEnd() == rejected.getEnd()));
	}

	@Test
	void finishingArticlesImprovesTheSuggestionsForTheNextOne() throws IOException {
		Annotator ali = project.annotator("ali");
		double before = f1(ali);
		for (String id : List.of(SampleCorpus.articleIds().get(0), SampleCorpus.articleIds().get(2), SampleCorpus.articleIds().get(3))) {
			Article done = project.article(id).orElseThrow();
			AnnotationSet gold = project.findAnnotationSet(done, gold()).orElseThrow();
			AnnotationSet mine = project.annotationSet(done, ali);
			gold.getSpans().forEach(span -> mine.getSpans().add(EcoreUtil.copy(span)));
			mine.setStatus(AnnotationStatus.FINISHED);
		}
		double after = f1(ali);

		System.out.printf("Suggestions for %s: micro F1 %.3f before ali finished any article, %.3f after three%n", article.getId(), before, after);
		assertTrue(after > before + 0.1, "F1 " + before + " → " + after);
	}

	private double f1(Annotator learner) throws IOException {
		List<LabeledSpan> suggested = ProjectSuggestions.train(ProjectSuggestions.context(project, learner, () -> false)).suggest(ProjectSuggestions.Request.of(set));
		List<LabeledSpan> gold = project.findAnnotationSet(article, gold()).orElseThrow().getSpans().stream()
				.map(span -> LabeledSpan.of(span.getBegin(), span.getEnd(), span.getLabel().getName())).toList();
		return SpanScores.compare(gold, suggested).micro(SpanScores.Matching.EXACT).f1();
	}

	private List<Suggestion> suggestFrom(Annotator learner) throws IOException {
		return ProjectSuggestions.toModel(project, ProjectSuggestions.train(ProjectSuggestions.context(project, learner, () -> false)).suggest(ProjectSuggestions.Request.of(set)));
	}

	private Annotator gold() {
		return project.annotator(SampleCorpus.GOLD_ANNOTATOR);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		stack.execute(command);
	}

	private String covered(Suggestion suggestion) {
		return article.getText().substring(suggestion.getBegin(), suggestion.getEnd());
	}
}
