/** The state file through which each CLI run knows what earlier runs started. */
package io.shoplab.lab.state;
