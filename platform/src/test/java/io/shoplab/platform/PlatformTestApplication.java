package io.shoplab.platform;

import io.shoplab.platform.web.ProblemTestController;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The smallest application the platform's tests run: no component scan, only the test controller.
 * Slices ({@code @WebMvcTest}, {@code @ModuleDataTest}) switch its auto-configuration off and choose their own.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProblemTestController.class)
public class PlatformTestApplication {}
