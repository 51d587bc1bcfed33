package org.hashiya.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Sets up the workbench: resources in the Project Explorer, the sample corpus on first start. */
final class HashiyaWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		IDE.registerAdapters();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return AnnotationPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new HashiyaWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		try {
			FirstStart.openSampleIfNew(getWorkbenchConfigurer().getWorkbench());
		} catch (CoreException e) {
			ErrorDialog.openError(null, Messages.FirstStart_failedTitle, Messages.FirstStart_failed, e.getStatus());
		}
	}

	@Override
	public boolean preShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			Platform.getLog(HashiyaWorkbenchAdvisor.class).log(e.getStatus());
		}
		return true;
	}
}
