package org.hashiya.core.editing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
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
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(begin);
		span.setEnd(end);
		span.setLabel(Objects.requireNonNull(label, "label"));
		span.setOrigin(SpanOrigin.MANUAL);
		Command add = AddCommand.create(domain, set, Literals.ANNOTATION_SET__SPANS, span);
		if (set.getStatus() != AnnotationStatus.NEW) {
			return add;
		}
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Create span");
		compound.append(SetCommand.create(domain, set, Literals.ANNOTATION_SET__STATUS, AnnotationStatus.IN_PROGRESS));
		compound.append(add);
		return compound;
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
