/**
 */
package org.hashiya.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.AnnotationProject#getName <em>Name</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationProject#getLabelSets <em>Label Sets</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationProject#getArticles <em>Articles</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationProject#getAnnotators <em>Annotators</em>}</li>
 * </ul>
 *
 * @see org.hashiya.model.HashiyaPackage#getAnnotationProject()
 * @model
 * @generated
 */
public interface AnnotationProject extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.hashiya.model.AnnotationProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Label Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.LabelSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Sets</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationProject_LabelSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelSet> getLabelSets();

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.Article}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Read from the project's text files on opening; never stored in the project file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationProject_Articles()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Article> getArticles();

	/**
	 * Returns the value of the '<em><b>Annotators</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.Annotator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Found from the annotators' folders on opening, so that a new annotator never edits a shared file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Annotators</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationProject_Annotators()
	 * @model containment="true" transient="true"
	 * @generated
	 */
	EList<Annotator> getAnnotators();

} // AnnotationProject
