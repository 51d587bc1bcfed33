package org.hashiya.ui.internal.importing;

import java.io.IOException;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.hashiya.uima.importing.ImportResult;
import org.hashiya.ui.internal.HashiyaUiPlugin;
import org.hashiya.ui.internal.Messages;

/**
 * Runs an import in the background with progress, then makes the new workspace project (or
 * refreshes the existing one) and says what came in; a failure is shown in a dialog, with what was
 * wrong, and written to the Error Log.
 */
public final class ImportCorpusJob extends Job {

	/** The family of import jobs, to wait for them. */
	public static final Object FAMILY = ImportCorpusJob.class;
	/** Reading, writing, then the workspace. */
	private static final int PHASES = 3;

	private final ImportRequest request;
	private final IProject project;
	private final boolean newProject;

	ImportCorpusJob(ImportRequest request, IProject project, boolean newProject) {
		super(NLS.bind(Messages.ImportCorpus_jobName, request.input().getFileName(), project.getName()));
		this.request = request;
		this.project = project;
		this.newProject = newProject;
		setUser(true);
		setRule(project);
		// The job shows its own error dialog, which names the file and the problem.
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), PHASES);
		ImportResult result;
		try {
			result = CorpusImport.run(request, phases(progress, monitor));
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return failed(NLS.bind(Messages.ImportCorpus_failed, request.input()), e);
		}
		HashiyaUiPlugin.getDefault().openProjects().forget(request.project());
		try {
			addToWorkspace(progress.newChild(1));
		} catch (CoreException e) {
			return failed(NLS.bind(Messages.ImportCorpus_notInWorkspace, request.project()), e);
		}
		String summary = result.warnings().isEmpty() ? result.summary()
				: NLS.bind(Messages.ImportCorpus_warnings, result.summary(), String.join("\n", result.warnings()));
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			MessageDialog dialog = new MessageDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), Messages.ImportCorpus_finishedTitle, null, summary,
					result.warnings().isEmpty() ? MessageDialog.INFORMATION : MessageDialog.WARNING, 0, Messages.ImportCorpus_close);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
		return Status.OK_STATUS;
	}

	private void addToWorkspace(SubMonitor monitor) throws CoreException {
		monitor.setWorkRemaining(2);
		if (newProject) {
			project.create(monitor.split(1));
			project.open(monitor.split(1));
		} else {
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor.split(1));
		}
	}

	/** Logs the failure and shows it in a dialog (not blocking, so the job ends at once). */
	private static IStatus failed(String message, Exception error) {
		IStatus status = new Status(IStatus.ERROR, HashiyaUiPlugin.ID, error.getMessage(), error);
		HashiyaUiPlugin.log(message + " " + error.getMessage(), error);
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			ErrorDialog dialog = new ErrorDialog(PlatformUI.getWorkbench().getModalDialogShellProvider().getShell(), Messages.ImportCorpus_failedTitle, message, status, IStatus.ERROR);
			dialog.setBlockOnOpen(false);
			dialog.open();
		});
		return status;
	}

	/** Each phase of the import takes one third of the progress bar. */
	private static ImportProgress phases(SubMonitor progress, IProgressMonitor monitor) {
		return new ImportProgress() {
			private SubMonitor phase;

			@Override
			public void begin(String name, int steps) {
				progress.subTask(name);
				phase = progress.newChild(1).setWorkRemaining(steps);
			}

			@Override
			public void worked(int steps) {
				if (phase != null) {
					phase.worked(steps);
				}
			}

			@Override
			public boolean isCanceled() {
				return monitor.isCanceled();
			}
		};
	}
}
