package org.hashiya.ui.internal.exporting;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.hashiya.ui.internal.Messages;

/**
 * File › Export › Hashiya › Training Data from an Annotation Project: the headless export of
 * {@link org.hashiya.uima.export.CorpusExport}, run as a background job that shows the loss report
 * before it writes anything.
 */
public final class ExportTrainingDataWizard extends Wizard implements IExportWizard {

	private ExportTrainingDataPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.ExportData_windowTitle);
		setNeedsProgressMonitor(false);
		Optional<IProject> selected = Optional.ofNullable(selection).map(IStructuredSelection::getFirstElement)
				.map(element -> element instanceof IResource resource ? resource.getProject() : null);
		page = new ExportTrainingDataPage(selected);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** Starts the export once the project's unsaved articles are saved (or their saving declined): it reads the files. */
	@Override
	public boolean performFinish() {
		if (!IDE.saveAllEditors(new IResource[] { page.project() }, true)) {
			return false;
		}
		ExportTrainingDataJob.checking(page.request()).schedule();
		return true;
	}
}
