package org.hashiya.uima.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.model.AnnotationSet;
import org.hashiya.model.AnnotationStatus;
import org.hashiya.model.Annotator;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaFactory;
import org.hashiya.model.Label;
import org.hashiya.model.Suggestion;
import org.hashiya.model.SuggestionState;
import org.hashiya.model.TextRegion;

/**
 * Suggestions in an annotation project. What the suggesters learn from (the articles the annotator
 * finished, the project's {@value #GAZETTEERS} folder) and the article to suggest in are read from
 * the model first, on the thread that owns it; {@link #suggest} then trains and suggests on plain
 * data, so it can run in a background job; {@link #toModel} turns the result into pending
 * suggestions, ready for {@code AnnotationCommands.replacePending}.
 */
public final class ProjectSuggestions {

	/** The project folder of gazetteer files, {@code LABEL.txt} with one name per line. */
	public static final String GAZETTEERS = "gazetteers";

	/**
	 * One article to suggest in.
	 *
	 * @param spans    the annotator's spans: no suggestion overlaps one
	 * @param rejected what the annotator rejected: not proposed again at the same place with the same label
	 */
	public record Request(String articleId, String text, List<LabeledSpan> spans, List<LabeledSpan> rejected) {

		/** @return the request for the article of {@code set}, as the set is now */
		public static Request of(AnnotationSet set) {
			return new Request(set.getArticle().getId(), set.getArticle().getText(), labeled(set.getSpans()),
					labeled(set.getSuggestions().stream().filter(suggestion -> suggestion.getState() == SuggestionState.REJECTED).toList()));
		}
	}

	private ProjectSuggestions() {
	}

	/** @return the labels of the project and the articles {@code annotator} finished, with their spans */
	public static SuggestionContext context(ProjectFolder project, Annotator annotator, BooleanSupplier canceled) {
		List<String> labels = project.project().getLabelSets().stream().flatMap(set -> set.getLabels().stream()).map(Label::getName).distinct().toList();
		List<LabeledText> finished = new ArrayList<>();
		for (Article article : project.project().getArticles()) {
			project.findAnnotationSet(article, annotator).filter(set -> set.getStatus() == AnnotationStatus.FINISHED)
					.ifPresent(set -> finished.add(new LabeledText(article.getId(), article.getText(), labeled(set.getSpans()))));
		}
		Path gazetteers = project.root().resolve(GAZETTEERS);
		return new SuggestionContext(labels, finished, Files.isDirectory(gazetteers) ? Optional.of(gazetteers) : Optional.empty(), canceled);
	}

	/**
	 * The project's suggesters trained on one state of the finished work, kept while that work is
	 * unchanged so that suggesting needs no training.
	 */
	public record Trained(SuggestionContext context, List<Suggester> suggesters) {

		/** @return whether these suggesters were trained on what {@code other} holds */
		public boolean fits(SuggestionContext other) {
			return context.labels().equals(other.labels()) && context.accepted().equals(other.accepted()) && context.gazetteers().equals(other.gazetteers());
		}

		/** @return the suggestions for the article of {@code request} */
		public List<LabeledSpan> suggest(Request request) throws IOException {
			try (SuggestionPipeline pipeline = SuggestionPipeline.of(suggesters)) {
				return pipeline.suggest(request.text(), request.spans(), request.rejected());
			}
		}
	}

	/** Trains the project's suggesters on {@code context}; {@link SuggestionContext#canceled()} stops it. */
	public static Trained train(SuggestionContext context) throws IOException {
		return new Trained(context, ProjectSuggesters.create(context));
	}

	/** @return pending suggestions of the project's labels (those of other labels are dropped) */
	public static List<Suggestion> toModel(ProjectFolder project, List<LabeledSpan> suggested) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (LabeledSpan proposal : suggested) {
			project.label(proposal.label()).ifPresent(label -> {
				Suggestion suggestion = HashiyaFactory.eINSTANCE.createSuggestion();
				suggestion.setBegin(proposal.begin());
				suggestion.setEnd(proposal.end());
				suggestion.setLabel(label);
				suggestion.setScore(proposal.score().orElse(1.0));
				suggestion.setSource(proposal.source());
				suggestion.setState(SuggestionState.PENDING);
				suggestions.add(suggestion);
			});
		}
		return suggestions;
	}

	private static List<LabeledSpan> labeled(List<? extends TextRegion> regions) {
		return regions.stream().map(region -> LabeledSpan.of(region.getBegin(), region.getEnd(), region.getLabel().getName())).toList();
	}
}
