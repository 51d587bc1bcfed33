package org.hashiya.ui.internal.editor;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hashiya.core.ProjectFolder;
import org.hashiya.model.Annotator;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.uima.suggest.SpanScores;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.uima.suggest.model.CrossValidation;
import org.hashiya.uima.suggest.model.NameFinderSuggesterProvider;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * The suggesters of each project and annotator in this workbench, trained on the articles the
 * annotator finished, with the trained model's cross-validation scores. Finishing an article
 * retrains them in a background job, so the next Suggest needs no training.
 */
public final class SuggesterTraining {

	/** How many folds the cross-validation report uses at most. */
	private static final int MAX_FOLDS = 5;

	/** What was trained for one project and annotator, and the model's scores on the same work. */
	private record Result(ProjectSuggestions.Trained trained, Optional<SpanScores> scores) {
	}

	private static final Map<String, Result> RESULTS = new ConcurrentHashMap<>();

	private SuggesterTraining() {
	}

	/**
	 * @param context what {@link ProjectSuggestions#context} read for the project and annotator
	 * @return suggesters fit for {@code context}: those trained last for the project and annotator
	 *         when the finished work is unchanged, else newly trained ones
	 */
	public static ProjectSuggestions.Trained trained(ProjectFolder project, Annotator annotator, SuggestionContext context) throws IOException {
		String key = key(project, annotator);
		Result result = RESULTS.get(key);
		if (result != null && result.trained().fits(context)) {
			return result.trained();
		}
		ProjectSuggestions.Trained trained = ProjectSuggestions.train(context);
		RESULTS.put(key, new Result(trained, Optional.empty()));
		return trained;
	}

	/** @return the model's cross-validation scores, if trained on the annotator's current finished work */
	public static Optional<SpanScores> scores(ProjectFolder project, Annotator annotator) {
		Result result = RESULTS.get(key(project, annotator));
		return result != null && result.trained().fits(ProjectSuggestions.context(project, annotator, () -> false)) ? result.scores() : Optional.empty();
	}

	/**
	 * Schedules the training of the suggesters and the cross-validation of the model on what the
	 * annotator finished (read now, on the UI thread); cancelable from the Progress view.
	 */
	public static Job train(ProjectFolder project, Annotator annotator) {
		String key = key(project, annotator);
		SuggestionContext context = ProjectSuggestions.context(project, annotator, () -> false);
		Job job = Job.create(NLS.bind(Messages.SuggesterTraining_name, annotator.getName()), (IProgressMonitor monitor) -> {
			monitor.beginTask(NLS.bind(Messages.SuggesterTraining_name, annotator.getName()), IProgressMonitor.UNKNOWN);
			SuggestionContext cancelable = context.canceledBy(monitor::isCanceled);
			try {
				ProjectSuggestions.Trained trained = ProjectSuggestions.train(cancelable);
				int folds = Math.min(MAX_FOLDS, context.accepted().size());
				Optional<SpanScores> scores = folds < 2 ? Optional.empty()
						: Optional.of(CrossValidation.kFold(new NameFinderSuggesterProvider(), context.labels(), context.accepted(), folds));
				RESULTS.put(key, new Result(trained, scores));
				return Status.OK_STATUS;
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				return new Status(IStatus.ERROR, HashiyaUiPlugin.ID, NLS.bind(Messages.SuggestJob_failed, NLS.bind(Messages.SuggesterTraining_name, annotator.getName()), e.getMessage()), e);
			} finally {
				monitor.done();
			}
		});
		job.schedule();
		return job;
	}

	private static String key(ProjectFolder project, Annotator annotator) {
		return project.root() + "\n" + annotator.getName();
	}
}
