package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.agreement.AnnotatedCorpus;
import org.hashiya.core.curation.Curation;
import org.hashiya.core.curation.Curation.Candidate;
import org.hashiya.core.curation.Curation.Comparison;
import org.hashiya.core.curation.Curation.Disagreement;
import org.hashiya.core.curation.Curation.Kind;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curation of sample article 001 between its gold spans and "amal", who differs from them in four
 * places: one label, one boundary, one span left out and one span added.
 */
class CurationTest {

	private static final String ARTICLE = "001_8756b9d378ace8d0";

	@TempDir
	Path folder;

	private ProjectFolder project;
	private Article article;
	private AnnotationSet gold;
	private AnnotationSet amal;
	private BasicCommandStack stack;
	private EditingDomain domain;
	/** The gold spans amal relabeled, cut short and left out, and the one she added. */
	private Span relabeled;
	private Span shortened;
	private Span leftOut;
	private Span added;

	@BeforeEach
	void twoAnnotatorsOnOneArticle() throws IOException {
		project = SampleProject.create(folder);
		article = project.article(ARTICLE).orElseThrow();
		gold = project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
		amal = project.annotationSet(article, project.annotator("amal"));
		gold.getSpans().forEach(span -> amal.getSpans().add(copy(span)));
		relabeled = amal.getSpans().get(2);
		relabeled.setLabel(project.label(relabeled.getLabel().getName().equals("ORG") ? "LOC" : "ORG").orElseThrow());
		shortened = amal.getSpans().get(5);
		shortened.setEnd(shortened.getEnd() - 1);
		leftOut = gold.getSpans().get(8);
		amal.getSpans().remove(8);
		int free = firstPlaceWithoutGoldSpans();
		added = span(free, free + 3, "PER");
		amal.getSpans().add(added);
		amal.setStatus(AnnotationStatus.FINISHED);
		project.save(amal);
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
	}

	@Test
	void spansEverybodyHasAgreeAndEachDifferenceIsADisagreementOfItsKind() {
		Comparison comparison = Curation.compare(Curation.annotatorSets(article));

		assertEquals(List.of("amal", SampleCorpus.GOLD_ANNOTATOR), comparison.annotators());
		assertEquals(gold.getSpans().size() - 3, comparison.agreed().size(), "all gold spans but the relabeled, shortened and left-out ones");
		assertEquals(List.of(Kind.MISSING, Kind.LABEL, Kind.BOUNDARIES, Kind.MISSING), comparison.disagreements().stream().map(Disagreement::kind).toList());
		Disagreement label = comparison.disagreements().get(1);
		assertEquals(List.of(List.of("amal"), List.of(SampleCorpus.GOLD_ANNOTATOR)),
				label.candidates().stream().sorted((a, b) -> a.annotators().get(0).compareTo(b.annotators().get(0))).map(Candidate::annotators).toList());
		assertEquals(relabeled.getBegin(), label.begin());
		assertEquals(List.of(List.of(SampleCorpus.GOLD_ANNOTATOR)), comparison.disagreements().get(3).candidates().stream().map(Candidate::annotators).toList());
		assertEquals(leftOut.getBegin(), comparison.disagreements().get(3).begin());
	}

	@Test
	void anAnnotatorWhoHasNotStartedTheArticleIsLeftOut() {
		project.annotationSet(article, project.annotator("bilal"));

		assertEquals(List.of("amal", SampleCorpus.GOLD_ANNOTATOR), Curation.compare(Curation.annotatorSets(article)).annotators());
	}

	@Test
	void twoAnnotatorsWhoAgreeEverywhereLeaveNothingToDecide() {
		amal.getSpans().clear();
		gold.getSpans().forEach(span -> amal.getSpans().add(copy(span)));

		Comparison comparison = Curation.compare(Curation.annotatorSets(article));

		assertEquals(gold.getSpans().size(), comparison.agreed().size());
		assertTrue(comparison.disagreements().isEmpty());
	}

	@Test
	void updatingTheCuratedSetMergesTheAgreedSpansAndProposesEveryCandidateOfTheDisagreements() {
		AnnotationSet curated = Curation.curatedSet(project, article);

		stack.execute(Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article))));

		assertEquals(gold.getSpans().size() - 3, curated.getSpans().size());
		List<Suggestion> pending = AnnotationCommands.pending(curated);
		assertEquals(6, pending.size(), "two candidates for the label, two for the boundary, the left-out and the added span");
		Suggestion addedCandidate = pending.stream().filter(suggestion -> suggestion.getBegin() == added.getBegin()).findFirst().orElseThrow();
		assertEquals("amal", addedCandidate.getSource());
		assertEquals(0.5, addedCandidate.getScore());
		assertEquals(Kind.MISSING, Curation.kindOf(addedCandidate));
		assertEquals(Kind.LABEL, Curation.kindOf(pending.stream().filter(suggestion -> suggestion.getBegin() == relabeled.getBegin()).findFirst().orElseThrow()));
		assertFalse(Curation.annotatorSets(article).contains(curated), "the curated set is not one of the sets to curate");

		stack.undo();

		assertTrue(curated.getSpans().isEmpty());
		assertTrue(curated.getSuggestions().isEmpty());
	}

	@Test
	void pickingACandidateAcceptsItAndRejectsItsRivalsUndoably() {
		AnnotationSet curated = Curation.curatedSet(project, article);
		stack.execute(Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article))));
		List<Suggestion> rivals = AnnotationCommands.pending(curated).stream().filter(suggestion -> suggestion.getBegin() == relabeled.getBegin()).toList();
		Suggestion golds = rivals.stream().filter(suggestion -> suggestion.getSource().equals(SampleCorpus.GOLD_ANNOTATOR)).findFirst().orElseThrow();
		Suggestion amals = rivals.stream().filter(suggestion -> suggestion.getSource().equals("amal")).findFirst().orElseThrow();
		int spansBefore = curated.getSpans().size();

		stack.execute(Curation.pick(domain, golds));

		assertEquals(SuggestionState.ACCEPTED, golds.getState());
		assertEquals(SuggestionState.REJECTED, amals.getState());
		assertEquals(spansBefore + 1, curated.getSpans().size());
		Span picked = curated.getSpans().get(curated.getSpans().size() - 1);
		assertEquals(List.of(golds.getBegin(), golds.getEnd()), List.of(picked.getBegin(), picked.getEnd()));
		assertSame(golds.getLabel(), picked.getLabel());

		stack.undo();

		assertEquals(SuggestionState.PENDING, golds.getState());
		assertEquals(SuggestionState.PENDING, amals.getState());
		assertEquals(spansBefore, curated.getSpans().size());
	}

	@Test
	void updatingAgainKeepsTheCuratorsDecisions() {
		AnnotationSet curated = Curation.curatedSet(project, article);
		stack.execute(Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article))));
		Suggestion addedCandidate = AnnotationCommands.pending(curated).stream().filter(suggestion -> suggestion.getBegin() == added.getBegin()).findFirst().orElseThrow();
		stack.execute(new AnnotationCommands(domain).reject(List.of(addedCandidate)));
		Span agreed = curated.getSpans().get(0);
		stack.execute(new AnnotationCommands(domain).delete(List.of(agreed)));

		Command again = Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article)));

		assertSame(IdentityCommand.INSTANCE, again, "neither the rejected candidate nor the deleted agreed span comes back");
	}

	@Test
	void theCuratedSetIsSavedInItsOwnFileAndTheAnnotatorsFilesStayAsTheyWere() throws IOException {
		Path goldFile = project.annotationFile(article, gold.getAnnotator());
		Path amalFile = project.annotationFile(article, amal.getAnnotator());
		byte[] goldBefore = Files.readAllBytes(goldFile);
		byte[] amalBefore = Files.readAllBytes(amalFile);
		AnnotationSet curated = Curation.curatedSet(project, article);
		stack.execute(Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article))));
		stack.execute(Curation.pick(domain, AnnotationCommands.pending(curated).get(0)));

		project.save(curated);
		ProjectFolder reopened = ProjectFolder.open(folder);
		Article reopenedArticle = reopened.article(ARTICLE).orElseThrow();
		AnnotationSet reread = reopened.findAnnotationSet(reopenedArticle, reopened.annotator(Curation.CURATOR)).orElseThrow();

		assertEquals(describe(curated.getSpans()), describe(reread.getSpans()));
		assertEquals(curated.getSuggestions().size(), reread.getSuggestions().size());
		assertEquals(5, AnnotationCommands.pending(reread).size());
		assertTrue(Files.isRegularFile(reopened.annotationFile(reopenedArticle, reread.getAnnotator())));
		assertArrayEquals(goldBefore, Files.readAllBytes(goldFile));
		assertArrayEquals(amalBefore, Files.readAllBytes(amalFile));
		assertSame(IdentityCommand.INSTANCE, Curation.update(domain, reread, Curation.compare(Curation.annotatorSets(reopenedArticle))),
				"the saved decisions are the same after reopening");
	}

	@Test
	void agreementIsMeasuredBetweenTheAnnotatorsWithoutTheCuratedSet() {
		AnnotationSet curated = Curation.curatedSet(project, article);
		stack.execute(Curation.update(domain, curated, Curation.compare(Curation.annotatorSets(article))));

		assertEquals(List.of("amal", SampleCorpus.GOLD_ANNOTATOR), AnnotatedCorpus.of(project).annotators());
	}

	/** @return an offset with three characters after it that no gold span covers */
	private int firstPlaceWithoutGoldSpans() {
		int free = 0;
		for (Span span : gold.getSpans()) {
			if (span.getBegin() - free >= 3) {
				return free;
			}
			free = Math.max(free, span.getEnd());
		}
		return free;
	}

	private static String describe(List<Span> spans) {
		return spans.stream().map(span -> span.getBegin() + " " + span.getEnd() + " " + span.getLabel().getName()).sorted().collect(Collectors.joining("\n"));
	}

	private Span span(int begin, int end, String label) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(project.label(label).orElseThrow());
		span.setOrigin(SpanOrigin.MANUAL);
		return span;
	}

	private static Span copy(Span span) {
		Span copy = HashiyaFactory.eINSTANCE.createSpan();
		copy.setBegin(span.getBegin());
		copy.setEnd(span.getEnd());
		copy.setLabel(span.getLabel());
		copy.setOrigin(span.getOrigin());
		return copy;
	}
}
