-- a deployment may wait for a confirmation before it joins its target's queue
ALTER TABLE deployment ALTER COLUMN status SET DATA TYPE VARCHAR(32);
ALTER TABLE deployment DROP CONSTRAINT deployment_status;
ALTER TABLE deployment ADD CONSTRAINT deployment_status
    CHECK (status IN ('AWAITING_CONFIRMATION', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'));

-- every progress event an agent sent, once: the full output of a deployment, and the key of idempotent intake
CREATE TABLE deployment_progress (
    deployment_id  VARCHAR(36) NOT NULL,
    sequence       BIGINT NOT NULL,
    type           VARCHAR(32) NOT NULL,
    output         VARCHAR NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT deployment_progress_pk PRIMARY KEY (deployment_id, sequence),
    CONSTRAINT deployment_progress_deployment FOREIGN KEY (deployment_id) REFERENCES deployment (id)
);
