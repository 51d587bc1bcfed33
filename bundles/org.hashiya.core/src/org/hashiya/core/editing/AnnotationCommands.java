package org.hashiya.core.editing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.HashiyaPackage.Literals;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;

/**
 * The changes an annotator makes to an annotation set, as EMF commands, so that every one of them
 * (bulk ones included) is undone and redone by the editing domain's command stack.
 *
 * <p>Each factory checks its arguments and throws {@link IllegalArgumentException} with a message
 * for the annotator, so a command it returns can always execute.</p>
 */
public final class AnnotationCommands {

	private final EditingDomain domain;

	public AnnotationCommands(EditingDomain domain) {
		this.domain = Objects.requireNonNull(domain);
	}

	/**
	 * @return a command adding a manual span; its result is the new span. A set still marked new is
	 *         marked in progress by the same command.
	 */
	public Command createSpan(AnnotationSet set, int begin, int end, Label label) {
		checkRange(set, begin, end);
		Command add = AddCommand.create(domain, set, Literals.ANNOTATION_SET__SPANS, span(begin, end, label, SpanOrigin.MANUAL));
		if (set.getStatus() != AnnotationStatus.NEW) {
			return add;
		}
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Create span");
		compound.append(inProgress(set));
		compound.append(add);
		return compound;
	}

	/**
	 * @return a command turning pending {@code suggestions}, all of one set, into spans (origin
	 *         accepted-suggestion) and marking them accepted; its result is the new spans
	 */
	public Command accept(Collection<Suggestion> suggestions) {
		AnnotationSet set = setOf(suggestions);
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Accept " + suggestions.size() + " suggestion(s)");
		if (set.getStatus() == AnnotationStatus.NEW) {
			compound.append(inProgress(set));
		}
		suggestions.forEach(suggestion -> compound.append(SetCommand.create(domain, suggestion, Literals.SUGGESTION__STATE, SuggestionState.ACCEPTED)));
		compound.append(AddCommand.create(domain, set, Literals.ANNOTATION_SET__SPANS, suggestions.stream()
				.map(suggestion -> span(suggestion.getBegin(), suggestion.getEnd(), suggestion.getLabel(), SpanOrigin.ACCEPTED_SUGGESTION)).toList()));
		return compound;
	}

	/** @return a command marking pending {@code suggestions} rejected, so that they are not proposed again */
	public Command reject(Collection<Suggestion> suggestions) {
		setOf(suggestions);
		CompoundCommand compound = new CompoundCommand("Reject " + suggestions.size() + " suggestion(s)");
		suggestions.forEach(suggestion -> compound.append(SetCommand.create(domain, suggestion, Literals.SUGGESTION__STATE, SuggestionState.REJECTED)));
		return compound;
	}

	/**
	 * @return a command replacing the set's pending suggestions with {@code suggestions}; accepted and
	 *         rejected ones stay, as the memory of what the annotator decided
	 */
	public Command replacePending(AnnotationSet set, Collection<Suggestion> suggestions) {
		suggestions.forEach(suggestion -> checkRange(set, suggestion.getBegin(), suggestion.getEnd()));
		CompoundCommand compound = new CompoundCommand("Suggest");
		List<Suggestion> pending = pending(set);
		if (!pending.isEmpty()) {
			compound.append(RemoveCommand.create(domain, set, Literals.ANNOTATION_SET__SUGGESTIONS, pending));
		}
		if (!suggestions.isEmpty()) {
			compound.append(AddCommand.create(domain, set, Literals.ANNOTATION_SET__SUGGESTIONS, List.copyOf(suggestions)));
		}
		return compound.isEmpty() ? IdentityCommand.INSTANCE : compound;
	}

	/** @return the set's suggestions still waiting for the annotator, in the set's order */
	public static List<Suggestion> pending(AnnotationSet set) {
		return set.getSuggestions().stream().filter(suggestion -> suggestion.getState() == SuggestionState.PENDING).toList();
	}

	/**
	 * @return the pending suggestions of the set with the label and covered text of {@code like}
	 *         (itself included), to accept them all at once
	 */
	public static List<Suggestion> pendingLike(Suggestion like) {
		AnnotationSet set = setOf(List.of(like));
		String text = set.getArticle().getText();
		String covered = text.substring(like.getBegin(), like.getEnd());
		return pending(set).stream().filter(suggestion -> suggestion.getLabel() == like.getLabel()
				&& text.substring(suggestion.getBegin(), suggestion.getEnd()).equals(covered)).toList();
	}

	/** @return a command giving all {@code spans} the {@code label} */
	public Command relabel(Collection<Span> spans, Label label) {
		Objects.requireNonNull(label, "label");
		requireSome(spans);
		CompoundCommand compound = new CompoundCommand("Relabel " + spans.size() + " span(s) as " + label.getName());
		spans.forEach(span -> compound.append(SetCommand.create(domain, span, Literals.TEXT_REGION__LABEL, label)));
		return compound;
	}

	/** @return a command removing {@code spans}, all from the same annotation set */
	public Command delete(Collection<Span> spans) {
		requireSome(spans);
		AnnotationSet set = (AnnotationSet) spans.iterator().next().eContainer();
		if (set == null || spans.stream().anyMatch(span -> span.eContainer() != set)) {
			throw new IllegalArgumentException("The spans to delete must all belong to one annotation set");
		}
		return RemoveCommand.create(domain, set, Literals.ANNOTATION_SET__SPANS, List.copyOf(spans));
	}

	/** @return a command moving the span's start (its first character, in logical order) to {@code begin} */
	public Command moveStart(Span span, int begin) {
		checkRange(set(span), begin, span.getEnd());
		return SetCommand.create(domain, span, Literals.TEXT_REGION__BEGIN, begin);
	}

	/** @return a command moving the span's end (after its last character, in logical order) to {@code end} */
	public Command moveEnd(Span span, int end) {
		checkRange(set(span), span.getBegin(), end);
		return SetCommand.create(domain, span, Literals.TEXT_REGION__END, end);
	}

	/** @return a command setting the span's note; an empty note removes it */
	public Command setNote(Span span, String note) {
		return SetCommand.create(domain, span, Literals.SPAN__NOTE, note == null || note.isBlank() ? null : note);
	}

	/** @return a command marking the article finished, in progress or new for the set's annotator */
	public Command setStatus(AnnotationSet set, AnnotationStatus status) {
		return SetCommand.create(domain, set, Literals.ANNOTATION_SET__STATUS, Objects.requireNonNull(status, "status"));
	}

	private static Span span(int begin, int end, Label label, SpanOrigin origin) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(Objects.requireNonNull(label, "label"));
		span.setOrigin(origin);
		return span;
	}

	private Command inProgress(AnnotationSet set) {
		return SetCommand.create(domain, set, Literals.ANNOTATION_SET__STATUS, AnnotationStatus.IN_PROGRESS);
	}

	private static AnnotationSet setOf(Collection<Suggestion> suggestions) {
		if (suggestions.isEmpty()) {
			throw new IllegalArgumentException("No suggestion is selected");
		}
		AnnotationSet set = (AnnotationSet) suggestions.iterator().next().eContainer();
		if (set == null || suggestions.stream().anyMatch(suggestion -> suggestion.eContainer() != set || suggestion.getState() != SuggestionState.PENDING)) {
			throw new IllegalArgumentException("The suggestions must all be pending in one annotation set");
		}
		return set;
	}

	private static AnnotationSet set(Span span) {
		if (!(span.eContainer() instanceof AnnotationSet set)) {
			throw new IllegalArgumentException("The span " + span.getBegin() + "–" + span.getEnd() + " belongs to no annotation set");
		}
		return set;
	}

	private static void checkRange(AnnotationSet set, int begin, int end) {
		int length = set.getArticle().getText().length();
		if (begin < 0 || end > length) {
			throw new IllegalArgumentException("A span " + begin + "–" + end + " lies outside the article, which has " + length + " characters");
		}
		if (begin >= end) {
			throw new IllegalArgumentException("A span must cover at least one character; " + begin + "–" + end + " covers none");
		}
	}

	private static void requireSome(Collection<?> regions) {
		if (regions.isEmpty()) {
			throw new IllegalArgumentException("No span is selected");
		}
	}
}
