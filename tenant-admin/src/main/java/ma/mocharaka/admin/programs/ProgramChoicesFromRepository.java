package ma.mocharaka.admin.programs;

import java.util.List;

import org.springframework.stereotype.Component;

import ma.mocharaka.admin.activities.ProgramChoices;

@Component
class ProgramChoicesFromRepository implements ProgramChoices {

    private final ProgramRepository programs;

    ProgramChoicesFromRepository(ProgramRepository programs) {
        this.programs = programs;
    }

    @Override
    public List<Choice> all() {
        return programs.findAll().stream().map(program -> new Choice(program.code(), program.name())).toList();
    }

    @Override
    public boolean exists(String code) {
        return programs.findByCode(code).isPresent();
    }
}
