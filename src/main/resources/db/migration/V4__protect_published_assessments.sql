-- A published assessment is the public record: nothing may change or remove it or its scores.
CREATE FUNCTION refuse_change_to_published_assessment() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'published' THEN
        RAISE EXCEPTION 'assessment % is published and cannot be changed', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER assessments_published_are_immutable
    BEFORE UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_assessment();

CREATE FUNCTION refuse_change_to_published_scores() RETURNS trigger AS $$
DECLARE
    target uuid := CASE WHEN TG_OP = 'INSERT' THEN NEW.assessment_id ELSE OLD.assessment_id END;
BEGIN
    IF EXISTS (SELECT 1 FROM assessments WHERE id = target AND status = 'published') THEN
        RAISE EXCEPTION 'assessment % is published and its scores cannot be changed', target
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER statement_scores_of_published_are_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON assessment_statement_scores
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_scores();

CREATE TRIGGER category_scores_of_published_are_immutable
    BEFORE INSERT OR UPDATE OR DELETE ON assessment_category_scores
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_published_scores();
