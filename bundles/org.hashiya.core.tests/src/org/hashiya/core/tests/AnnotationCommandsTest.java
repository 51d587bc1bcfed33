package org.hashiya.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.SampleProject;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Article;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCommandsTest {

	/** Starts «كيري يرفض الجدل مع إيران» and has 2555 UTF-16 units; its gold set is finished. */
	private static final String ARTICLE = "001_8756b9d378ace8d0";
	private static final int LENGTH = 2555;

	@TempDir
	Path folder;

	private ProjectFolder project;
	private Article article;
	private BasicCommandStack stack;
	private AnnotationCommands commands;

	@BeforeEach
	void openSampleProject() throws IOException {
		project = SampleProject.create(folder);
		article = project.article(ARTICLE).orElseThrow();
		stack = new BasicCommandStack();
		commands = new AnnotationCommands(new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack));
	}

	@Test
	void aCreatedSpanIsAManualSpanOfTheSetCoveringTheSelectedText() {
		AnnotationSet set = newSet();

		Command create = commands.createSpan(set, 10, 15, label("ORG"));
		execute(create);

		Span span = (Span) create.getResult().iterator().next();
		assertEquals(List.of(span), set.getSpans());
		assertEquals(SpanOrigin.MANUAL, span.getOrigin());
		assertSame(label("ORG"), span.getLabel());
		assertEquals("الجدل", covered(span));
	}

	@Test
	void theFirstSpanMarksANewSetInProgressAndUndoingItRestoresNewAndRemovesTheSpan() {
		AnnotationSet set = newSet();
		assertEquals(AnnotationStatus.NEW, set.getStatus());

		execute(commands.createSpan(set, 0, 4, label("PER")));
		assertEquals(AnnotationStatus.IN_PROGRESS, set.getStatus());

		stack.undo();
		assertEquals(AnnotationStatus.NEW, set.getStatus());
		assertTrue(set.getSpans().isEmpty());
		assertFalse(stack.canUndo(), "creating the span and marking the set in progress are one step");
	}

	@Test
	void aSpanCreatedInAFinishedSetLeavesItFinished() {
		AnnotationSet gold = goldSet();

		execute(commands.createSpan(gold, 48, 70, label("PER")));

		assertEquals(AnnotationStatus.FINISHED, gold.getStatus());
		assertEquals(67, gold.getSpans().size());
	}

	@Test
	void anEmptyOrOutOfRangeSpanIsNotCreatedAndTheMessageNamesItsOffsets() {
		AnnotationSet set = newSet();

		String empty = assertThrows(IllegalArgumentException.class, () -> commands.createSpan(set, 9, 9, label("PER"))).getMessage();
		String reversed = assertThrows(IllegalArgumentException.class, () -> commands.createSpan(set, 9, 5, label("PER"))).getMessage();
		String beyond = assertThrows(IllegalArgumentException.class, () -> commands.createSpan(set, 2550, 2556, label("PER"))).getMessage();

		assertTrue(empty.contains("9–9"), empty);
		assertTrue(reversed.contains("9–5"), reversed);
		assertTrue(beyond.contains("2550–2556") && beyond.contains(Integer.toString(LENGTH)), beyond);
		assertTrue(set.getSpans().isEmpty());
		assertEquals(AnnotationStatus.NEW, set.getStatus());
	}

	@Test
	void relabellingSeveralSpansIsOneUndoableStep() {
		AnnotationSet gold = goldSet();
		List<Span> spans = gold.getSpans().subList(0, 4); // PER, LOC, PER, DATE
		List<Label> before = labels(spans);

		execute(commands.relabel(List.copyOf(spans), label("ORG")));
		assertEquals(List.of(label("ORG"), label("ORG"), label("ORG"), label("ORG")), labels(spans));

		stack.undo();
		assertEquals(before, labels(spans));
		assertFalse(stack.canUndo(), "the relabelling was one step");
	}

	@Test
	void relabellingSpansOfWhichSomeAlreadyHaveTheLabelRelabelsTheOthers() {
		AnnotationSet gold = goldSet();
		List<Span> spans = List.copyOf(gold.getSpans().subList(0, 3)); // PER, LOC, PER

		execute(commands.relabel(spans, label("PER")));

		assertEquals(List.of(label("PER"), label("PER"), label("PER")), labels(spans));
	}

	@Test
	void relabellingOrDeletingNothingIsRefused() {
		String relabel = assertThrows(IllegalArgumentException.class, () -> commands.relabel(List.of(), label("PER"))).getMessage();
		String delete = assertThrows(IllegalArgumentException.class, () -> commands.delete(List.of())).getMessage();

		assertEquals("No span is selected", relabel);
		assertEquals("No span is selected", delete);
	}

	@Test
	void deletingSpansAndUndoingRestoresTheSameSpansAtTheSamePositions() {
		AnnotationSet gold = goldSet();
		List<Span> before = List.copyOf(gold.getSpans());
		String renderedBefore = render(gold);
		List<Span> doomed = List.of(before.get(1), before.get(5), before.get(40));

		execute(commands.delete(doomed));
		assertEquals(before.size() - 3, gold.getSpans().size());
		assertTrue(doomed.stream().noneMatch(gold.getSpans()::contains));

		stack.undo();
		assertEquals(before, List.copyOf(gold.getSpans()), "the same span objects in the same order");
		assertEquals(renderedBefore, render(gold));
	}

	@Test
	void spansOfTwoSetsCannotBeDeletedTogether() {
		AnnotationSet set = newSet();
		execute(commands.createSpan(set, 0, 4, label("PER")));
		List<Span> mixed = List.of(set.getSpans().get(0), goldSet().getSpans().get(0));

		String message = assertThrows(IllegalArgumentException.class, () -> commands.delete(mixed)).getMessage();

		assertTrue(message.contains("one annotation set"), message);
	}

	@Test
	void movingTheStartChangesOnlyTheStartAndUndoMovesItBack() {
		Span span = createdSpan(48, 70); // وزير الخارجية الأميركي

		execute(commands.moveStart(span, 53));
		assertEquals("الخارجية الأميركي", covered(span));

		stack.undo();
		assertEquals(48, span.getBegin());
		assertEquals(70, span.getEnd());
	}

	@Test
	void movingTheEndChangesOnlyTheEndAndUndoMovesItBack() {
		Span span = createdSpan(48, 61); // وزير الخارجية

		execute(commands.moveEnd(span, 70));
		assertEquals("وزير الخارجية الأميركي", covered(span));

		stack.undo();
		assertEquals(48, span.getBegin());
		assertEquals(61, span.getEnd());
	}

	@Test
	void anEdgeMovedOntoOrPastTheOtherEdgeIsRefusedAndTheMessageNamesTheOffsets() {
		Span span = createdSpan(48, 52); // وزير

		String startOnEnd = assertThrows(IllegalArgumentException.class, () -> commands.moveStart(span, 52)).getMessage();
		String startPastEnd = assertThrows(IllegalArgumentException.class, () -> commands.moveStart(span, 60)).getMessage();
		String endOnStart = assertThrows(IllegalArgumentException.class, () -> commands.moveEnd(span, 48)).getMessage();
		String endBeforeStart = assertThrows(IllegalArgumentException.class, () -> commands.moveEnd(span, 40)).getMessage();

		assertTrue(startOnEnd.contains("52–52") && startOnEnd.contains("covers none"), startOnEnd);
		assertTrue(startPastEnd.contains("60–52"), startPastEnd);
		assertTrue(endOnStart.contains("48–48") && endOnStart.contains("covers none"), endOnStart);
		assertTrue(endBeforeStart.contains("48–40"), endBeforeStart);
		assertEquals("وزير", covered(span));
	}

	@Test
	void anEdgeMovedOutsideTheArticleIsRefusedAndTheMessageNamesTheOffsetsAndTheLength() {
		Span span = createdSpan(0, 4);
		Span last = createdSpan(LENGTH - 5, LENGTH);

		String beforeText = assertThrows(IllegalArgumentException.class, () -> commands.moveStart(span, -1)).getMessage();
		String afterText = assertThrows(IllegalArgumentException.class, () -> commands.moveEnd(last, LENGTH + 1)).getMessage();

		assertTrue(beforeText.contains("-1–4") && beforeText.contains(LENGTH + " characters"), beforeText);
		assertTrue(afterText.contains((LENGTH - 5) + "–" + (LENGTH + 1)) && afterText.contains(LENGTH + " characters"), afterText);
		assertEquals(0, span.getBegin());
		assertEquals(LENGTH, last.getEnd());
	}

	@Test
	void aNoteIsSetAndUndoneLikeAnyOtherChange() {
		Span span = createdSpan(0, 4);

		execute(commands.setNote(span, "Kerry, the US secretary of state"));
		assertEquals("Kerry, the US secretary of state", span.getNote());

		stack.undo();
		assertNull(span.getNote());
	}

	@Test
	void aBlankNoteRemovesTheNote() {
		Span span = createdSpan(0, 4);
		execute(commands.setNote(span, "check with the reviewer"));

		execute(commands.setNote(span, " \t "));

		assertNull(span.getNote());
	}

	@Test
	void theStatusIsSetAndUndone() {
		AnnotationSet gold = goldSet();

		execute(commands.setStatus(gold, AnnotationStatus.IN_PROGRESS));
		assertEquals(AnnotationStatus.IN_PROGRESS, gold.getStatus());

		stack.undo();
		assertEquals(AnnotationStatus.FINISHED, gold.getStatus());
	}

	@Test
	void undoingAKeyboardSessionStepByStepReturnsToTheInitialModelAndRedoingReturnsToTheFinalModel() {
		AnnotationSet gold = goldSet();
		List<String> states = new ArrayList<>();
		states.add(render(gold));

		execute(commands.setStatus(gold, AnnotationStatus.IN_PROGRESS));
		states.add(render(gold));
		Command create = commands.createSpan(gold, 48, 52, label("PER")); // وزير
		execute(create);
		states.add(render(gold));
		Span created = (Span) create.getResult().iterator().next();
		execute(commands.moveEnd(created, 70)); // extend over «الخارجية الأميركي»
		states.add(render(gold));
		execute(commands.relabel(List.of(created, gold.getSpans().get(2)), label("ORG")));
		states.add(render(gold));
		execute(commands.moveStart(created, 53));
		states.add(render(gold));
		execute(commands.setNote(created, "the ministry, not the minister"));
		states.add(render(gold));
		execute(commands.delete(List.of(gold.getSpans().get(0), gold.getSpans().get(3))));
		states.add(render(gold));
		Command second = commands.createSpan(gold, 5, 9, label("LOC"));
		execute(second);
		states.add(render(gold));
		execute(commands.delete(List.of((Span) second.getResult().iterator().next())));
		states.add(render(gold));
		execute(commands.setStatus(gold, AnnotationStatus.FINISHED));
		states.add(render(gold));
		assertFalse(states.get(0).equals(states.get(states.size() - 1)), "the session changed the set");

		for (int index = states.size() - 2; index >= 0; index--) {
			assertTrue(stack.canUndo());
			stack.undo();
			assertEquals(states.get(index), render(gold), "after undoing back to state " + index);
		}
		assertFalse(stack.canUndo());
		for (int index = 1; index < states.size(); index++) {
			assertTrue(stack.canRedo());
			stack.redo();
			assertEquals(states.get(index), render(gold), "after redoing up to state " + index);
		}
		assertFalse(stack.canRedo());
	}

	@Test
	void theCommandStackNeedsASaveAfterAnEditAndNotAfterTheSaveIsDone() {
		AnnotationSet set = newSet();
		assertFalse(stack.isSaveNeeded());

		execute(commands.createSpan(set, 0, 4, label("PER")));
		assertTrue(stack.isSaveNeeded());

		stack.saveIsDone();
		assertFalse(stack.isSaveNeeded());

		stack.undo();
		assertTrue(stack.isSaveNeeded(), "undoing past the save point makes the model differ from the file again");
	}

	@Test
	void savedEditsReopenAsTheSameSpans() throws IOException {
		AnnotationSet set = newSet();
		Span kerry = createdSpan(set, 0, 4, "PER");
		createdSpan(set, 48, 70, "PER");
		createdSpan(set, 19, 24, "LOC");
		execute(commands.setNote(kerry, "surname only\tno title"));
		execute(commands.relabel(List.of(set.getSpans().get(1)), label("ORG")));
		execute(commands.moveStart(set.getSpans().get(1), 53));

		project.save(set);
		stack.saveIsDone();
		ProjectFolder reopened = ProjectFolder.open(folder);

		AnnotationSet reloaded = reopened.findAnnotationSet(reopened.article(ARTICLE).orElseThrow(), reopened.annotator("amal")).orElseThrow();
		assertEquals(renderSorted(set), renderSorted(reloaded));
		assertEquals(AnnotationStatus.IN_PROGRESS, reloaded.getStatus());
		assertTrue(reopened.problems().isEmpty(), () -> "problems: " + reopened.problems());
	}

	/** @return the set of annotator amal, who has not started on the article */
	private AnnotationSet newSet() {
		return project.annotationSet(article, project.annotator("amal"));
	}

	private AnnotationSet goldSet() {
		return project.findAnnotationSet(article, project.annotator(SampleCorpus.GOLD_ANNOTATOR)).orElseThrow();
	}

	private Span createdSpan(int begin, int end) {
		return createdSpan(newSet(), begin, end, "PER");
	}

	private Span createdSpan(AnnotationSet set, int begin, int end, String label) {
		Command create = commands.createSpan(set, begin, end, label(label));
		execute(create);
		return (Span) create.getResult().iterator().next();
	}

	private Label label(String name) {
		return project.label(name).orElseThrow();
	}

	/** Executes through the stack, which would otherwise skip an unexecutable command silently. */
	private void execute(Command command) {
		assertTrue(command.canExecute(), () -> command.getLabel() + " cannot execute");
		stack.execute(command);
		assertSame(command, stack.getMostRecentCommand(), () -> command.getLabel() + " was not executed");
	}

	private static List<Label> labels(Collection<Span> spans) {
		return spans.stream().map(Span::getLabel).toList();
	}

	private static String covered(Span span) {
		return ((AnnotationSet) span.eContainer()).getArticle().getText().substring(span.getBegin(), span.getEnd());
	}

	/** The set as an annotator sees it, spans in model order. */
	private static String render(AnnotationSet set) {
		return set.getStatus() + "\n" + set.getSpans().stream().map(AnnotationCommandsTest::render).collect(Collectors.joining("\n"));
	}

	/** The set as the file stores it, spans in text order. */
	private static String renderSorted(AnnotationSet set) {
		return set.getStatus() + "\n" + set.getSpans().stream().map(AnnotationCommandsTest::render).sorted().collect(Collectors.joining("\n"));
	}

	private static String render(Span span) {
		return String.format("%05d-%05d %s %s %s «%s»", span.getBegin(), span.getEnd(), span.getLabel().getName(), span.getOrigin(), span.getNote(), covered(span));
	}
}
