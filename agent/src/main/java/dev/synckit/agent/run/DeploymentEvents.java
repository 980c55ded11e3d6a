package dev.synckit.agent.run;

/** What happens to a deployment as it runs, for callbacks and the kept outcome. Calls come in order. */
public interface DeploymentEvents {

    void started(Deployment deployment);

    void stepStarted(Deployment deployment, int stepIndex);

    /** One masked output line of a step. */
    void output(Deployment deployment, int stepIndex, String line);

    void stepFinished(Deployment deployment, int stepIndex);

    void finished(Deployment deployment);

    DeploymentEvents NONE = new DeploymentEvents() {
        @Override
        public void started(Deployment deployment) {
        }

        @Override
        public void stepStarted(Deployment deployment, int stepIndex) {
        }

        @Override
        public void output(Deployment deployment, int stepIndex, String line) {
        }

        @Override
        public void stepFinished(Deployment deployment, int stepIndex) {
        }

        @Override
        public void finished(Deployment deployment) {
        }
    };
}
