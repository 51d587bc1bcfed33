package org.hashiya.core.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.editing.AnnotationCommands;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.HashiyaPackage.Literals;
import org.hashiya.model.Label;
import org.hashiya.model.Span;
import org.hashiya.model.SpanOrigin;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.model.TextRegion;

/**
 * Curation of one article: the annotators' spans compared, and the curated set, the work of the
 * reserved annotator {@value #CURATOR}, brought up to date with them.
 *
 * <p>The curated set holds what everybody agrees on as spans, and every candidate of a disagreement
 * as a pending suggestion whose source names the annotators who proposed it. The curator accepts
 * or rejects candidates with the editor's suggestion commands; those decisions stay in the set (as
 * accepted and rejected suggestions), so updating the set again after more annotator work neither
 * re-proposes a rejected candidate nor restores a span the curator deleted. Only the curated set
 * changes: the annotators' sets are read, never written.</p>
 */
public final class Curation {

	/** The annotator whose annotation sets are the curated ones. */
	public static final String CURATOR = "curation";

	/** How the annotators' candidates in one place differ. */
	public enum Kind {
		/** Same boundaries, different labels. */
		LABEL,
		/** Overlapping spans with different boundaries. */
		BOUNDARIES,
		/** One candidate that some annotators have and others do not. */
		MISSING
	}

	/**
	 * A span some annotators proposed.
	 *
	 * @param annotators the names of those who proposed it, sorted
	 */
	public record Candidate(int begin, int end, Label label, List<String> annotators) {

		boolean overlaps(Candidate other) {
			return begin < other.end && other.begin < end;
		}

		boolean isAt(TextRegion region) {
			return region.getBegin() == begin && region.getEnd() == end && region.getLabel() == label;
		}
	}

	/** Candidates that overlap one another and that not every annotator proposed. */
	public record Disagreement(Kind kind, List<Candidate> candidates) {

		public int begin() {
			return candidates.stream().mapToInt(Candidate::begin).min().orElseThrow();
		}

		public int end() {
			return candidates.stream().mapToInt(Candidate::end).max().orElseThrow();
		}
	}

	/**
	 * @param agreed        the spans every annotator has, in text order
	 * @param disagreements in text order
	 */
	public record Comparison(List<String> annotators, List<Candidate> agreed, List<Disagreement> disagreements) {
	}

	private static final Comparator<Candidate> IN_TEXT_ORDER = Comparator.comparingInt(Candidate::begin)
			.thenComparing(Comparator.comparingInt(Candidate::end).reversed())
			.thenComparing(candidate -> candidate.label().getName());

	private Curation() {
	}

	/** @return whether {@code annotator} is the curator rather than a person whose work is curated */
	public static boolean isCurator(Annotator annotator) {
		return CURATOR.equals(annotator.getName());
	}

	/**
	 * @return the sets of the article to curate: those of the annotators who worked on it (their set
	 *         is in progress or finished, or has spans), but not the curator's
	 */
	public static List<AnnotationSet> annotatorSets(Article article) {
		return article.getAnnotationSets().stream()
				.filter(set -> !isCurator(set.getAnnotator()) && (set.getStatus() != AnnotationStatus.NEW || !set.getSpans().isEmpty()))
				.sorted(Comparator.comparing(set -> set.getAnnotator().getName())).toList();
	}

	/** @return the article's curated set in {@code project}, created empty if there is none yet */
	public static AnnotationSet curatedSet(ProjectFolder project, Article article) {
		return project.annotationSet(article, project.annotator(CURATOR));
	}

	/** Compares the spans of {@code sets}, each the work of another annotator on the same article. */
	public static Comparison compare(Collection<AnnotationSet> sets) {
		Map<String, Candidate> byPlace = new LinkedHashMap<>();
		List<String> annotators = sets.stream().map(set -> set.getAnnotator().getName()).sorted().toList();
		for (AnnotationSet set : sets) {
			for (Span span : set.getSpans()) {
				String place = span.getBegin() + " " + span.getEnd() + " " + span.getLabel().getName();
				Candidate known = byPlace.get(place);
				List<String> proposers = new ArrayList<>(known == null ? List.of() : known.annotators());
				proposers.add(set.getAnnotator().getName());
				byPlace.put(place, new Candidate(span.getBegin(), span.getEnd(), span.getLabel(), List.copyOf(new TreeSet<>(proposers))));
			}
		}
		List<Candidate> candidates = byPlace.values().stream().sorted(IN_TEXT_ORDER).toList();
		List<Candidate> agreed = candidates.stream().filter(candidate -> candidate.annotators().size() == annotators.size()).toList();
		List<Candidate> disputed = candidates.stream().filter(candidate -> candidate.annotators().size() < annotators.size()).toList();
		return new Comparison(annotators, agreed, overlapGroups(disputed).stream().map(Curation::disagreement).toList());
	}

	/**
	 * @return a command bringing the curated set up to date with {@code comparison}: agreed spans not
	 *         decided on before become spans, and the pending suggestions become exactly the candidates
	 *         of the disagreements that the curator has not decided on; an identity command when there is
	 *         nothing new
	 */
	public static Command update(EditingDomain domain, AnnotationSet curated, Comparison comparison) {
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Update curation");
		List<Candidate> newlyAgreed = comparison.agreed().stream().filter(candidate -> !decided(curated, candidate)).toList();
		if (!newlyAgreed.isEmpty()) {
			compound.append(AddCommand.create(domain, curated, Literals.ANNOTATION_SET__SPANS,
					newlyAgreed.stream().map(Curation::span).toList()));
			compound.append(AddCommand.create(domain, curated, Literals.ANNOTATION_SET__SUGGESTIONS,
					newlyAgreed.stream().map(candidate -> suggestion(candidate, SuggestionState.ACCEPTED, comparison)).toList()));
		}
		List<Suggestion> open = comparison.disagreements().stream().flatMap(disagreement -> disagreement.candidates().stream())
				.filter(candidate -> !decided(curated, candidate))
				.map(candidate -> suggestion(candidate, SuggestionState.PENDING, comparison)).toList();
		boolean pendingChanged = !samePlaces(AnnotationCommands.pending(curated), open);
		if (pendingChanged) {
			compound.append(new AnnotationCommands(domain).replacePending(curated, open));
		}
		return compound.isEmpty() ? IdentityCommand.INSTANCE : compound.unwrap();
	}

	/**
	 * @return a command accepting {@code chosen}, a pending candidate of a curated set, and rejecting the
	 *         pending candidates that overlap it: the curator picked one of the rival spans
	 */
	public static Command pick(EditingDomain domain, Suggestion chosen) {
		AnnotationSet set = (AnnotationSet) chosen.eContainer();
		AnnotationCommands commands = new AnnotationCommands(domain);
		List<Suggestion> rivals = AnnotationCommands.pending(set).stream()
				.filter(other -> other != chosen && other.getBegin() < chosen.getEnd() && chosen.getBegin() < other.getEnd()).toList();
		CompoundCommand compound = new CompoundCommand(CompoundCommand.LAST_COMMAND_ALL, "Pick candidate");
		if (!rivals.isEmpty()) {
			compound.append(commands.reject(rivals));
		}
		compound.append(commands.accept(List.of(chosen)));
		return compound;
	}

	/** @return how the pending candidates overlapping {@code suggestion} in its curated set differ */
	public static Kind kindOf(Suggestion suggestion) {
		List<Suggestion> group = AnnotationCommands.pending((AnnotationSet) suggestion.eContainer()).stream()
				.filter(other -> other.getBegin() < suggestion.getEnd() && suggestion.getBegin() < other.getEnd()).toList();
		if (group.size() <= 1) {
			return Kind.MISSING;
		}
		boolean sameBoundaries = group.stream().allMatch(other -> other.getBegin() == suggestion.getBegin() && other.getEnd() == suggestion.getEnd());
		return sameBoundaries ? Kind.LABEL : Kind.BOUNDARIES;
	}

	/** @return the names of the annotators who proposed a curated set's suggestion */
	public static List<String> proposers(Suggestion suggestion) {
		return List.of(suggestion.getSource().split(", "));
	}

	private static boolean decided(AnnotationSet curated, Candidate candidate) {
		return curated.getSuggestions().stream().anyMatch(suggestion -> suggestion.getState() != SuggestionState.PENDING && candidate.isAt(suggestion))
				|| curated.getSpans().stream().anyMatch(candidate::isAt);
	}

	/** Whether the two lists propose the same candidates, in whatever order (a saved set is read back in text order). */
	private static boolean samePlaces(List<Suggestion> pending, List<Suggestion> open) {
		return pending.size() == open.size() && places(pending).equals(places(open));
	}

	private static Set<String> places(List<Suggestion> suggestions) {
		return suggestions.stream().map(suggestion -> suggestion.getBegin() + " " + suggestion.getEnd() + " " + suggestion.getLabel().getName() + " " + suggestion.getSource())
				.collect(Collectors.toSet());
	}

	/** Groups candidates in text order into runs where each overlaps the run so far. */
	private static List<List<Candidate>> overlapGroups(List<Candidate> candidates) {
		List<List<Candidate>> groups = new ArrayList<>();
		List<Candidate> current = new ArrayList<>();
		int currentEnd = -1;
		for (Candidate candidate : candidates) {
			if (!current.isEmpty() && candidate.begin() >= currentEnd) {
				groups.add(current);
				current = new ArrayList<>();
			}
			current.add(candidate);
			currentEnd = Math.max(currentEnd, candidate.end());
		}
		if (!current.isEmpty()) {
			groups.add(current);
		}
		return groups;
	}

	private static Disagreement disagreement(List<Candidate> group) {
		Candidate first = group.get(0);
		if (group.size() == 1) {
			return new Disagreement(Kind.MISSING, group);
		}
		boolean sameBoundaries = group.stream().allMatch(candidate -> candidate.begin() == first.begin() && candidate.end() == first.end());
		return new Disagreement(sameBoundaries ? Kind.LABEL : Kind.BOUNDARIES, group);
	}

	private static Span span(Candidate candidate) {
		Span span = HashiyaFactory.eINSTANCE.createSpan();
		span.setBegin(candidate.begin());
		span.setEnd(candidate.end());
		span.setLabel(candidate.label());
		span.setOrigin(SpanOrigin.ACCEPTED_SUGGESTION);
		return span;
	}

	/** The score of a candidate is the share of annotators who proposed it. */
	private static Suggestion suggestion(Candidate candidate, SuggestionState state, Comparison comparison) {
		Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
		suggestion.setBegin(candidate.begin());
		suggestion.setEnd(candidate.end());
		suggestion.setLabel(candidate.label());
		suggestion.setState(state);
		suggestion.setScore((double) candidate.annotators().size() / comparison.annotators().size());
		suggestion.setSource(candidate.annotators().stream().collect(Collectors.joining(", ")));
		return suggestion;
	}
}
