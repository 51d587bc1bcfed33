package org.hashiya.ui.internal.editor;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.hashiya.core.ProjectFolder;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.model.Annotator;
import org.hashiya.uima.suggest.ProjectSuggestions;
import org.hashiya.uima.suggest.SuggestionContext;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * Suggests in one article away from the UI thread, with the suggesters trained on the annotator's
 * finished articles (trained first if that work changed). The constructor, on the UI thread, reads
 * what it needs from the model, so the job touches no EMF object.
 */
public final class SuggestJob extends Job {

	private final ProjectFolder project;
	private final Annotator annotator;
	private final SuggestionContext context;
	private final ProjectSuggestions.Request request;
	private final Consumer<List<LabeledSpan>> done;

	/** @param done gets the suggestions, on the job's thread, unless the job failed or was canceled */
	public SuggestJob(ProjectFolder project, Annotator annotator, ProjectSuggestions.Request request, Consumer<List<LabeledSpan>> done) {
		super(NLS.bind(Messages.SuggestJob_name, request.articleId()));
		this.project = project;
		this.annotator = annotator;
		this.context = ProjectSuggestions.context(project, annotator, () -> false);
		this.request = request;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			done.accept(SuggesterTraining.trained(project, annotator, context.canceledBy(monitor::isCanceled)).suggest(request));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, HashiyaUiPlugin.ID, NLS.bind(Messages.SuggestJob_failed, getName(), e.getMessage()), e);
		} finally {
			monitor.done();
		}
	}
}
