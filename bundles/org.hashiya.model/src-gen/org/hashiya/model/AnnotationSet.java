/**
 */
package org.hashiya.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.AnnotationSet#getArticle <em>Article</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationSet#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationSet#getStatus <em>Status</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationSet#getSpans <em>Spans</em>}</li>
 *   <li>{@link org.hashiya.model.AnnotationSet#getSuggestions <em>Suggestions</em>}</li>
 * </ul>
 *
 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet()
 * @model
 * @generated
 */
public interface AnnotationSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Article</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.hashiya.model.Article#getAnnotationSets <em>Annotation Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Article</em>' container reference.
	 * @see #setArticle(Article)
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet_Article()
	 * @see org.hashiya.model.Article#getAnnotationSets
	 * @model opposite="annotationSets"
	 * @generated
	 */
	Article getArticle();

	/**
	 * Sets the value of the '{@link org.hashiya.model.AnnotationSet#getArticle <em>Article</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article</em>' container reference.
	 * @see #getArticle()
	 * @generated
	 */
	void setArticle(Article value);

	/**
	 * Returns the value of the '<em><b>Annotator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotator</em>' reference.
	 * @see #setAnnotator(Annotator)
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet_Annotator()
	 * @model required="true"
	 * @generated
	 */
	Annotator getAnnotator();

	/**
	 * Sets the value of the '{@link org.hashiya.model.AnnotationSet#getAnnotator <em>Annotator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annotator</em>' reference.
	 * @see #getAnnotator()
	 * @generated
	 */
	void setAnnotator(Annotator value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.hashiya.model.AnnotationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.hashiya.model.AnnotationStatus
	 * @see #setStatus(AnnotationStatus)
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet_Status()
	 * @model
	 * @generated
	 */
	AnnotationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.hashiya.model.AnnotationSet#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.hashiya.model.AnnotationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AnnotationStatus value);

	/**
	 * Returns the value of the '<em><b>Spans</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.Span}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spans</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet_Spans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Span> getSpans();

	/**
	 * Returns the value of the '<em><b>Suggestions</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.Suggestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suggestions</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getAnnotationSet_Suggestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Suggestion> getSuggestions();

} // AnnotationSet
