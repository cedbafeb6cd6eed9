/**
 * What operators see through Spring Boot Actuator on the management port: the knowledge base's health (part of
 * readiness), its version in info, and its meters beside the diagnoses' (see docs/operations.md).
 */
package org.locus.monitoring;
