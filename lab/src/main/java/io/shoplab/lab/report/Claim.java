package io.shoplab.lab.report;

/** The claims of the article "APIs vs Microservices: Which One to Choose?" that the lab tests. */
public enum Claim {
    SCALABILITY(
            "Scalability",
            "Microservices can be scaled separately from one another, which results in better overall system performance."),
    RESILIENCE("Resilience", "If one microservice fails, the rest of the application will continue to work."),
    CUSTOMIZABILITY(
            "Customizability",
            "Since services are independent, changing one service does not affect the overall application."),
    SINGLE_POINT_OF_FAILURE(
            "Single point of failure",
            "Since the entire application depends on the API, if the API fails, the application will also fail."),
    DEVELOPMENT_COMPLEXITY(
            "Development complexity", "Each service must be developed, deployed, and tested separately."),
    COST("Cost", "Developing and maintaining microservices require extra resources."),
    COORDINATION("Coordination", "Developers must ensure that all services communicate with one another correctly.");

    private final String title;
    private final String articleSays;

    Claim(String title, String articleSays) {
        this.title = title;
        this.articleSays = articleSays;
    }

    public String title() {
        return title;
    }

    /** The article's own sentence, quoted in the report. */
    public String articleSays() {
        return articleSays;
    }
}
